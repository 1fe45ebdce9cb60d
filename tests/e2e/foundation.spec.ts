// As a new user would: explore the sample cell, set up my own cell, add eight members, prepare a
// forum with a focus selection, quit and restart — everything is still there. Every screen is
// photographed (test-results/screens) and checked with axe.
import { expect, test, type Page } from '@playwright/test';
import { lookAt } from './support/look';
import { appServerPerFile } from './support/server';

const server = appServerPerFile();

const EIGHT = [
  { name: 'Nguyễn Văn Tuấn', year: '1971', status: 'Chính thức', role: 'Bí thư' },
  { name: 'Trần Thị Hằng', year: '1978', status: 'Chính thức', role: 'Phó Bí thư' },
  { name: 'Lê Minh Đức', year: '1983', status: 'Chính thức', role: 'Chi ủy viên' },
  { name: 'Phạm Ngọc Ánh', year: '1988', status: 'Chính thức', role: 'Đảng viên' },
  { name: 'Hoàng Hữu Lợi', year: '1965', status: 'Chính thức', role: 'Đảng viên' },
  { name: 'Vũ Thị Yến', year: '1990', status: 'Chính thức', role: 'Đảng viên' },
  { name: 'Đỗ Thanh Thọ', year: '1997', status: 'Dự bị', role: 'Đảng viên' },
  { name: 'Bùi Đức An', year: '1999', status: 'Dự bị', role: 'Đảng viên' },
];
// By given name, then middle, then family name, in Vietnamese letter order.
const SORTED = ['Bùi Đức An', 'Phạm Ngọc Ánh', 'Lê Minh Đức', 'Trần Thị Hằng', 'Hoàng Hữu Lợi', 'Đỗ Thanh Thọ', 'Nguyễn Văn Tuấn', 'Vũ Thị Yến'];

/** A control by its visible name, whether the app renders it as a button or as a link. */
const control = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).or(page.getByRole('link', { name, exact: true })).first();

async function nav(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

test('a new user explores the sample, sets up a cell, adds members and prepares a forum', async ({ page }) => {
  const offSite: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(server.url)) offSite.push(req.url());
  });

  // First run: the welcome screen offers the two ways in.
  await page.goto(server.url + '/');
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Tự soi' })).toBeVisible();
  await lookAt(page, '01-welcome');

  // The sample cell, looked around.
  await page.getByRole('button', { name: 'Mở chi bộ mẫu' }).click();
  await expect(page.getByRole('heading', { name: 'Chi bộ Văn phòng', level: 1 })).toBeVisible();
  await expect(page.getByText('Chi bộ mẫu').first()).toBeVisible();
  await lookAt(page, '02-sample-home');
  await nav(page, 'Đảng viên');
  await expect(page.getByRole('table', { name: 'Danh sách đảng viên' }).getByRole('row')).toHaveCount(1 + 9);
  await lookAt(page, '03-sample-members');
  await nav(page, 'Diễn đàn');
  await expect(page.getByText(/quý III năm 2026/)).toBeVisible();
  await lookAt(page, '04-sample-forums');
  await page.getByText(/quý III năm 2026/).click();
  await expect(page.getByText(/chỉ xem, không sửa được/)).toBeVisible();
  await lookAt(page, '05-sample-forum-held');
  await nav(page, 'Danh mục biểu hiện');
  await expect(page.getByText('3/27 biểu hiện có câu chữ chính thức')).toBeVisible();
  await lookAt(page, '06-catalogue');

  // My own cell.
  await control(page, 'Thêm chi bộ').click();
  await page.getByLabel('Tên chi bộ').fill('Chi bộ Trường THPT Nguyễn Huệ');
  await page.getByLabel('Đảng bộ cấp trên').fill('Đảng bộ phường Vị Thanh');
  await page.getByLabel('Địa danh (dùng trong văn bản)').fill('Vị Thanh');
  await page.getByLabel('Năm bắt đầu nhiệm kỳ').fill('2025');
  await page.getByLabel('Năm kết thúc nhiệm kỳ').fill('2030');
  await lookAt(page, '07-cell-new');
  await page.getByRole('button', { name: 'Tạo chi bộ' }).click();
  await expect(page.getByRole('heading', { name: 'Chi bộ Trường THPT Nguyễn Huệ', level: 1 })).toBeVisible();
  await lookAt(page, '08-cell-home-empty');

  // Eight members: six full, two probationary; one try with an empty name first.
  await nav(page, 'Đảng viên');
  await control(page, 'Thêm đảng viên').click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: 'Lưu đảng viên' }).click();
  await expect(drawer.getByText(/«Họ và tên»|Họ và tên.*(trống|nhập)/).first()).toBeVisible();
  await lookAt(page, '09-member-empty-name');
  for (const [i, m] of EIGHT.entries()) {
    if (i > 0) await control(page, 'Thêm đảng viên').click();
    await drawer.getByLabel('Họ và tên').fill(m.name);
    await drawer.getByLabel('Năm sinh').fill(m.year);
    await drawer.getByRole('radio', { name: m.status }).check();
    await drawer.getByLabel('Chức vụ Đảng').selectOption({ label: m.role });
    await drawer.getByRole('button', { name: 'Lưu đảng viên' }).click();
    await expect(drawer).toBeHidden();
  }
  const rows = page.getByRole('table', { name: 'Danh sách đảng viên' }).getByRole('row');
  await expect(rows).toHaveCount(1 + 8);
  const names = await rows.locator('td:first-child').allInnerTexts();
  expect(names.map((n) => n.trim())).toEqual(SORTED);
  await lookAt(page, '10-members');

  // A forum focused on group II plus indicators 4 and 5.
  await nav(page, 'Diễn đàn');
  await control(page, 'Tạo diễn đàn').click();
  await page.getByRole('textbox', { name: /^Chủ đề/ }).fill('Sinh hoạt chuyên đề "tự soi, tự sửa" quý IV năm 2026');
  await page.getByRole('textbox', { name: /^Ngày họp/ }).fill('10/12/2026');
  await page.getByRole('textbox', { name: /^Giờ bắt đầu/ }).fill('14:00');
  await page.getByLabel('Địa điểm', { exact: true }).fill('Phòng họp Hội đồng trường');
  await page.getByRole('button', { name: 'Thêm văn bản căn cứ' }).click();
  await page.getByLabel('Văn bản căn cứ 1').fill('Kế hoạch số 28-KH/ĐU ngày 11/4/2026 của Ban Thường vụ Đảng ủy phường Vị Thanh');
  await page.getByLabel('Chủ trì', { exact: true }).selectOption({ label: 'Nguyễn Văn Tuấn' });
  await page.getByLabel('Thư ký', { exact: true }).selectOption({ label: 'Vũ Thị Yến' });
  await page.getByRole('button', { name: 'Thêm khách mời' }).click();
  await page.getByLabel('Họ tên khách mời 1').fill('Lê Thị Thu Hà');
  await page.getByLabel('Chức vụ khách mời 1').fill('Ủy viên Ban Thường vụ Đảng ủy phường');
  await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await expect(page.getByText('Đã chọn 0/27 biểu hiện')).toBeVisible();
  await page.getByRole('checkbox', { name: /Chọn cả nhóm II\./ }).check();
  await page.getByRole('checkbox', { name: /^4\. / }).check();
  await page.getByRole('checkbox', { name: /^5\. / }).check();
  await expect(page.getByText('Đã chọn 11/27 biểu hiện')).toBeVisible();
  await lookAt(page, '11-forum-new');
  await page.getByRole('button', { name: 'Tạo diễn đàn' }).last().click();
  await expect(page.getByText('Đã tạo diễn đàn.')).toBeVisible();
  await lookAt(page, '12-forum-created');

  // Quit and restart: everything is still there.
  await server.restart();
  await page.reload();
  await expect(page.getByText('Đã chọn 11/27 biểu hiện')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Chủ đề/ })).toHaveValue('Sinh hoạt chuyên đề "tự soi, tự sửa" quý IV năm 2026');
  await expect(page.getByLabel('Văn bản căn cứ 1')).toHaveValue(/Kế hoạch số 28-KH\/ĐU/);
  await expect(page.getByLabel('Họ tên khách mời 1')).toHaveValue('Lê Thị Thu Hà');
  await nav(page, 'Trang chủ chi bộ');
  const counts = page.getByRole('region', { name: 'Số lượng đảng viên' }).or(page.locator('main'));
  await expect(counts.getByText('Tổng số')).toBeVisible();
  await lookAt(page, '13-cell-home-after-restart');
  await nav(page, 'Đảng viên');
  await expect(page.getByRole('table', { name: 'Danh sách đảng viên' }).getByRole('row')).toHaveCount(1 + 8);

  // The same facts through the local API.
  const api = async (method: string, input: unknown) =>
    (await (await page.request.post(`${server.url}/api/${method}`, { data: input })).json()) as { ok: boolean; data: any };
  const cells = (await api('cell.list', {})).data as { id: string; name: string; memberCounts: any }[];
  const mine = cells.find((c) => c.name === 'Chi bộ Trường THPT Nguyễn Huệ')!;
  expect(mine.memberCounts).toMatchObject({ total: 8, chinhThuc: 6, duBi: 2 });
  const [forum] = (await api('forum.list', { cellId: mine.id })).data;
  const full = (await api('forum.get', { id: forum.id })).data;
  expect(full.focus).toEqual([4, 5, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
  expect(full.guests).toEqual([{ name: 'Lê Thị Thu Hà', position: 'Ủy viên Ban Thường vụ Đảng ủy phường' }]);

  // No request left the app.
  expect(offSite).toEqual([]);
});

test('dark theme and keyboard: the app is usable without a mouse', async ({ page }) => {
  const sample = (await (await page.request.post(`${server.url}/api/sample.open`, { data: {} })).json()) as { data: { id: string } };
  const home = `${server.url}/#/cells/${sample.data.id}`;
  await page.goto(home);
  await expect(page.getByRole('heading', { name: 'Chi bộ Văn phòng', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /nền tối/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await lookAt(page, '14-home-dark');
  await nav(page, 'Danh mục biểu hiện');
  await lookAt(page, '15-catalogue-dark');
  // Tab reaches the navigation links and Enter follows them.
  await page.goto(home);
  await expect(page.getByRole('heading', { name: 'Chi bộ Văn phòng', level: 1 })).toBeVisible();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused.trim() === 'Đảng viên') break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Danh sách đảng viên' })).toBeVisible();
});
