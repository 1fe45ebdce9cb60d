// Roster import and export through the members screen at 1366×768, with files made here the way
// real ones arrive. A cell with its bí thư already entered; then through the screen: "Nhập danh
// sách" with an XLSX that has a merged title, a two-line merged header, blank rows, a member who is
// already in the cell and a bad year — the preview marks those rows and the import button stays
// disabled; a CSV saved in Windows-1258 is refused with how to re-save it; the corrected CSV (BOM,
// headers without diacritics, other column order) imports all four members at once; "Xuất danh
// sách" downloads an XLSX with the same headers. Screens in test-results/screens/rosters-*.
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi } from './support/api';
import { lookAt } from './support/look';
import { startAppServer, type AppServer } from './support/server';

test.use({ actionTimeout: 15_000 });

let server: AppServer;
let dir: string;
test.beforeAll(async () => {
  server = await startAppServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-rosters-'));
});
test.afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const api = <T>(page: Page, method: string, input: unknown): Promise<T> => callApi<T>(page, server.url, method, input);

async function awkwardXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('DS đảng viên');
  s.mergeCells('A1:G1');
  s.getCell('A1').value = 'DANH SÁCH ĐẢNG VIÊN CHI BỘ KHU PHỐ 3';
  for (const [col, label] of [['A', 'STT'], ['B', 'Họ và tên'], ['C', 'Năm sinh'], ['D', 'Chính thức/Dự bị']] as const) {
    s.mergeCells(`${col}3:${col}4`);
    s.getCell(`${col}3`).value = label;
  }
  s.mergeCells('E3:F3');
  s.getCell('E3').value = 'Chức vụ';
  s.getCell('E4').value = 'Đảng';
  s.getCell('F4').value = 'Khác';
  s.getCell('G3').value = 'Miễn sinh hoạt';
  s.mergeCells('G3:G4');
  s.getRow(5).values = [1, 'Trần Thị Hằng', 1982, 'Chính thức', 'Phó bí thư', 'Tổ trưởng dân phố', ''];
  s.getRow(7).values = [2, 'Nguyễn Văn Tuấn', 1970, 'Chính thức', '', '', ''];
  s.getRow(8).values = [3, 'Lê Minh Đức', '19x5', 'Chính thức', 'Chi ủy viên', '', ''];
  s.getRow(9).values = [4, 'Đỗ Thanh Thọ', 1996, 'Dự bị', '', '', ''];
  await wb.xlsx.writeFile(file);
}

async function pickFile(page: Page, buttonName: string | RegExp, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: buttonName }).click();
  await (await chooser).setFiles(file);
}

test('roster: preview with problems, a refused encoding, then import and export through the members screen', async ({ page }) => {
  const cell = await api<{ id: string }>(page, 'cell.create', {
    name: 'Chi bộ khu phố 3', higherBody: 'Đảng bộ phường Đông Hà', placeName: 'Đông Hà', termStartYear: 2025, termEndYear: 2030,
  });
  await api(page, 'member.create', { cellId: cell.id, fullName: 'Nguyễn Văn Tuấn', birthYear: 1970, status: 'chinh_thuc', partyRole: 'bi_thu' });

  await page.goto(`${server.url}/#/cells/${cell.id}/members`);
  await page.getByRole('button', { name: 'Nhập danh sách' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đảng viên' });
  await expect(dialog).toBeVisible();

  // 1. The awkward XLSX: two rows with problems, marked; the import stays disabled.
  const xlsx = path.join(dir, 'danh-sach-kp3.xlsx');
  await awkwardXlsx(xlsx);
  await pickFile(page, 'Chọn tệp danh sách', xlsx);
  const table = dialog.getByRole('table', { name: 'Bản xem trước danh sách sẽ nhập' });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(dialog.getByText('2 trên 4 dòng có lỗi')).toBeVisible();
  const problemRows = table.locator('tr[data-problem]');
  await expect(problemRows).toHaveCount(2);
  await expect(problemRows.nth(0)).toContainText('Nguyễn Văn Tuấn (sinh năm 1970) đã có trong chi bộ');
  await expect(problemRows.nth(1)).toContainText('Năm sinh «19x5» không hợp lệ');
  await expect(dialog.getByText('«Chức vụ Đảng» → Chức vụ Đảng')).toBeVisible();
  // All or nothing: the button names every row of the file and stays disabled while any has a problem.
  await expect(dialog.getByRole('button', { name: 'Nhập 4 đảng viên' })).toBeDisabled();
  await lookAt(page, 'rosters-1-preview-problems');

  // 2. A CSV saved in Windows-1258: refused, saying how to save it as UTF-8.
  const legacy = path.join(dir, 'windows-1258.csv');
  fs.writeFileSync(legacy, Buffer.from([...Buffer.from('Ho'), 0xf2, ...Buffer.from(' va'), 0xcc, ...Buffer.from(' t'), 0xea, ...Buffer.from('n\r\nNguy'), 0xea, 0xde, ...Buffer.from('n V'), 0xe3, ...Buffer.from('n An\r\n')]));
  await pickFile(page, 'Chọn tệp khác', legacy);
  await expect(dialog.getByRole('alert')).toContainText('không ở bảng mã UTF-8 (có thể là Windows-1258');
  await expect(dialog.getByRole('alert')).toContainText('CSV UTF-8');
  await expect(dialog.getByRole('button', { name: 'Nhập danh sách' })).toBeDisabled();
  await lookAt(page, 'rosters-2-refused-encoding');

  // 3. The corrected list as a CSV with a BOM, headers without diacritics, other column order.
  const csv = path.join(dir, 'danh-sach-da-sua.csv');
  fs.writeFileSync(csv, '\uFEFFHo va ten,Chinh thuc/Du bi,Nam sinh,Chuc vu Dang,Chuc vu khac,Mien sinh hoat\r\n' +
    'Trần Thị Hằng,Chính thức,1982,Phó bí thư,Tổ trưởng dân phố,\r\n,,,,,\r\nLê Minh Đức,Chính thức,1975,Chi ủy viên,,\r\n' +
    'Đỗ Thanh Thọ,Dự bị,1996,,,\r\nHoàng Thị Yến,Chính thức,1958,,,x\r\n');
  await pickFile(page, /Chọn tệp/, csv);
  await expect(dialog.getByText('4 dòng sẵn sàng để nhập, không có lỗi.')).toBeVisible();
  await expect(table.locator('tr[data-problem]')).toHaveCount(0);
  await lookAt(page, 'rosters-3-preview-ready');
  await dialog.getByRole('button', { name: 'Nhập 4 đảng viên' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập 4 đảng viên vào chi bộ.' })).toBeVisible();
  for (const name of ['Trần Thị Hằng', 'Lê Minh Đức', 'Đỗ Thanh Thọ', 'Hoàng Thị Yến']) await expect(page.getByRole('main').getByText(name, { exact: true })).toBeVisible();
  const members = await api<{ fullName: string; exempt: boolean }[]>(page, 'member.list', { cellId: cell.id });
  expect(members).toHaveLength(5);
  expect(members.find((m) => m.fullName === 'Hoàng Thị Yến')?.exempt).toBe(true);
  await lookAt(page, 'rosters-4-imported');

  // 4. Export as XLSX: a download with the headers the import reads, and every member.
  await page.getByRole('button', { name: 'Xuất danh sách' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Bảng tính Excel (.xlsx)' }).click();
  const saved = path.join(dir, (await download).suggestedFilename());
  await (await download).saveAs(saved);
  expect(path.basename(saved)).toBe('Danh-sach-dang-vien-Chi-bo-khu-pho-3.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const sheet = wb.worksheets[0];
  expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['STT', 'Họ và tên', 'Năm sinh', 'Chính thức/Dự bị', 'Chức vụ Đảng', 'Chức vụ khác', 'Miễn sinh hoạt']);
  const names = Array.from({ length: 5 }, (_, i) => String(sheet.getRow(4 + i).getCell(2).value));
  expect(names.sort()).toEqual(['Đỗ Thanh Thọ', 'Hoàng Thị Yến', 'Lê Minh Đức', 'Nguyễn Văn Tuấn', 'Trần Thị Hằng'].sort());
});
