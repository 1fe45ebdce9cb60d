// Issue 5's reading side at 1366×768 on the sample cell (sample.open): a member's history reached
// from the members list (the forum × indicator table with what they self-identified and what peers
// raised, the commitments with progress and completion, the DOCX of the year-end self-review's
// section III), and the aggregate report (figures, chart by group, heatmap, overdue items, a bad
// date refused next to the field, DOCX and XLSX downloads). A second cell with a forum of its own
// makes the report span two cells. Screens in test-results/screens/reports-*, checked with axe and
// the 16 px rule; the downloads are unzipped and their words checked.
import { expect, test, type Download, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { callApi } from './support/api';
import { lookAtScreen, SCREENS_DIR } from './support/look';
import { appServerPerFile } from './support/server';

test.use({ actionTimeout: 15_000 });

const server = appServerPerFile();

const api = <T>(page: Page, method: string, input: unknown): Promise<T> => callApi<T>(page, server.url, method, input);
const DOWNLOADS = path.join(SCREENS_DIR, '..', 'downloads');

async function save(download: Download): Promise<{ file: string; xml: (part: string) => string }> {
  const file = path.join(DOWNLOADS, download.suggestedFilename());
  await download.saveAs(file);
  const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
  return { file, xml: (part) => strFromU8(parts[part]).normalize('NFC') };
}

/** The words of a DOCX body or sheet, tags dropped. */
const words = (xml: string) => xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

interface HistorySummary { member: { id: string; fullName: string }; summary: { selfIdentified: number; raised: number; commitments: number }; commitments: { id: string }[] }

/** Script errors on the page fail the test at its end. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

test('a member’s history from the members list, and its DOCX for the year-end self-review', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(server.url);
  const cell = await api<{ id: string }>(page, 'sample.open', {});
  const members = await api<{ id: string; fullName: string }[]>(page, 'member.list', { cellId: cell.id });
  // The member of the sample with the most in the record: self-identified, raised and a commitment.
  const histories = await Promise.all(members.map((m) => api<HistorySummary>(page, 'member.history', { memberId: m.id })));
  const chosen = histories
    .filter((h) => h.summary.commitments > 0 && h.summary.selfIdentified > 0)
    .sort((a, b) => b.summary.raised - a.summary.raised || b.summary.selfIdentified - a.summary.selfIdentified)[0];
  expect(chosen, 'the sample has a member with identified indicators and a commitment').toBeTruthy();
  // One commitment completed on 10/10/2026, so the table shows a completion date.
  await api(page, 'action.progress', { id: chosen.commitments[0].id, date: '2026-10-10', progress: 100, note: 'Đã thực hiện đều hằng tuần.' });

  await page.goto(`${server.url}/#/cells/${cell.id}/members`);
  await page.getByRole('link', { name: `Xem lịch sử tự soi, tự sửa của đồng chí ${chosen.member.fullName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lịch sử tự soi, tự sửa' })).toBeVisible();
  await expect(page.getByText(`Đồng chí ${chosen.member.fullName} — Chi bộ Văn phòng`)).toBeVisible();

  const timeline = page.getByRole('table', { name: 'Bảng biểu hiện theo buổi sinh hoạt' });
  await expect(timeline.getByRole('columnheader', { name: /15\/09\/2026/ })).toBeVisible();
  await expect(timeline.getByText(/^Tự nhận: có (nguy cơ|biểu hiện)$/).first()).toBeVisible();
  if (chosen.summary.raised > 0) await expect(timeline.getByText(/^Được góp ý: \d+$/).first()).toBeVisible();
  const commitments = page.getByRole('table', { name: 'Bảng cam kết tự sửa' });
  await expect(commitments.getByText('Hoàn thành 10/10/2026')).toBeVisible();
  await expect(commitments.getByText(/10\/10\/2026: 100% — Đã thực hiện đều hằng tuần\./)).toBeVisible();
  await page.getByText('Nội dung tự nhận và góp ý').click();
  await lookAtScreen(page, 'reports-member-history');

  await page.getByLabel('Năm kiểm điểm').selectOption('2026');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất DOCX' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Ket-qua-khac-phuc-2026-[A-Za-z-]+\.docx$/);
  const docx = await save(download);
  const body = words(docx.xml('word/document.xml'));
  expect(body).toContain('BẢN KIỂM ĐIỂM CÁ NHÂN');
  expect(body).toContain('KẾT QUẢ KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM KỲ TRƯỚC');
  expect(body).toContain(chosen.member.fullName);
  expect(body).toContain('Hoàn thành ngày 10/10/2026');
  await expect(page.getByText(`Đã tải tệp ${download.suggestedFilename()} về máy.`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('the aggregate report over two cells: figures, charts, heatmap, overdue items and the exports', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(server.url);
  const sample = await api<{ id: string; memberCounts: { chinhThuc: number } }>(page, 'sample.open', {});
  // A second cell with one held forum: three full members present, one indicator self-identified.
  const other = await api<{ id: string }>(page, 'cell.create', {
    name: 'Chi bộ Khu phố 3', higherBody: 'Đảng bộ phường Đông Hà', placeName: 'Đông Hà', termStartYear: 2025, termEndYear: 2030,
  });
  const ids: string[] = [];
  for (const fullName of ['Ngô Thị Yến', 'Hồ Văn Lợi', 'Đặng Minh Tuấn']) {
    ids.push((await api<{ id: string }>(page, 'member.create', { cellId: other.id, fullName, status: 'chinh_thuc', partyRole: ids.length === 0 ? 'bi_thu' : 'dang_vien' })).id);
  }
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: other.id, topic: 'Tự soi, tự sửa quý III', date: '2026-08-20', startTime: '08:00', chairMemberId: ids[0], secretaryMemberId: ids[1], focus: [1, 2, 3],
  });
  for (const id of ids) await api(page, 'live.setAttendance', { forumId: forum.id, memberId: id, presence: 'present', reason: '' });
  await api(page, 'live.setPhase', { forumId: forum.id, phase: 'khai_mac' });
  await api(page, 'live.saveSelfReview', { forumId: forum.id, subject: ids[2], indicatorNo: 2, baseVersion: 0, assessment: 'co_nguy_co', statement: 'Việc tự học nghị quyết chưa đều.', commitment: '', commitmentDue: null });
  const expected = await api<{ totals: { forums: number; attendedFull: number; attendedProbationary: number; selfIdentified: number }; actions: { overdue: number } }>(
    page, 'report.aggregate', { cellIds: [sample.id, other.id], from: '2026-01-01', to: new Date().toISOString().slice(0, 10) },
  );
  expect(expected.totals.forums).toBe(2);

  await page.goto(`${server.url}/#/cells/${sample.id}`);
  await page.getByRole('link', { name: 'Báo cáo tổng hợp' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo tổng hợp' })).toBeVisible();
  // The first report runs by itself over every cell for this year.
  const figure = (label: string) => page.locator('.mantine-Paper-root', { has: page.getByText(label, { exact: true }) }).first();
  await expect(figure('Buổi sinh hoạt')).toContainText('2');
  await expect(figure('Buổi sinh hoạt')).toContainText('2/2 chi bộ đã tổ chức');
  await expect(figure('Lượt đảng viên dự')).toContainText(`chính thức ${expected.totals.attendedFull}, dự bị ${expected.totals.attendedProbationary}`);
  await expect(figure('Lượt tự nhận')).toContainText(String(expected.totals.selfIdentified));
  const groupChart = page.getByRole('group', { name: 'Biểu đồ tự nhận và góp ý theo nhóm biểu hiện' });
  await expect(groupChart.getByText(/^Nhóm I\. /)).toBeVisible();
  await expect(groupChart.getByLabel(/^Tự nhận: \d+$/)).toHaveCount(3);
  const heatmap = page.getByRole('table', { name: 'Bản đồ nhiệt biểu hiện theo chi bộ' });
  await expect(heatmap.getByRole('columnheader', { name: 'Khu phố 3', exact: true })).toBeVisible();
  await expect(heatmap.locator('td[title^="Biểu hiện (2), Chi bộ Khu phố 3: 1 lượt tự nhận"]')).toHaveText('1');
  await expect(heatmap.getByRole('row')).toHaveCount(28);
  await lookAtScreen(page, 'reports-aggregate');

  // A date that does not exist is refused next to its field; nothing runs.
  await page.getByLabel('Từ ngày').fill('31/02/2026');
  await expect(page.getByText('Ngày chưa đúng; hãy gõ dạng 05/03/2026.').first()).toBeVisible();
  await page.getByLabel('Từ ngày').fill('01/01/2026');

  // One cell only: the other cell's forum drops out.
  await page.getByLabel(/^Tất cả chi bộ/).uncheck();
  await page.getByPlaceholder('Chọn chi bộ').click();
  await page.getByRole('listbox').getByRole('option', { name: 'Chi bộ Khu phố 3' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(figure('Buổi sinh hoạt')).toContainText('1/1 chi bộ đã tổ chức');
  await expect(figure('Lượt đảng viên dự')).toContainText('chính thức 3, dự bị 0');
  await lookAtScreen(page, 'reports-aggregate-one-cell');
  // The report asked for is in the address: another screen and back shows it again.
  expect(page.url()).toContain(`chibo=${other.id}`);
  await page.getByRole('navigation').getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đảng viên' })).toBeVisible();
  await page.goBack();
  await expect(figure('Buổi sinh hoạt')).toContainText('1/1 chi bộ đã tổ chức');
  await expect(page.getByText('1/2 chi bộ', { exact: true })).toBeVisible();

  const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất DOCX' }).click()]);
  const docx = await save(docxDownload);
  const body = words(docx.xml('word/document.xml'));
  for (const expectedText of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'CHI BỘ KHU PHỐ 3', 'BÁO CÁO', 'I- TÌNH HÌNH TỔ CHỨC SINH HOẠT', 'Chi bộ Khu phố 3 đã tổ chức 1 buổi sinh hoạt chuyên đề', 'T/M CHI BỘ']) {
    expect(body).toContain(expectedText);
  }
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất XLSX' }).click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/^Bao-cao-tong-hop-2026-01-01-den-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const xlsx = await save(xlsxDownload);
  const workbook = xlsx.xml('xl/workbook.xml');
  for (const sheet of ['Tổng hợp', 'Biểu hiện', 'Bản đồ nhiệt', 'Quá hạn']) expect(workbook).toContain(`name="${sheet}"`);
  expect(words(xlsx.xml('xl/sharedStrings.xml'))).toContain('Chi bộ Khu phố 3');
  expect(errors).toEqual([]);
});
