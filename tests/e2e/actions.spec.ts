// The action plan and its follow-up at 1366×768. Set-up through the API: a cell of six members and
// a forum held two months ago with three "tự sửa" commitments (one already past its due date), run
// to kết luận and closed — closing turns the commitments into plan items. Then through the screen:
// the plan tab of the documents page (items from the commitments, taking them again adds nothing,
// a field refused by the core shown next to it, an item added with every column, an edit that
// collides with another writer showing both versions, progress to 100 % refused without a note and
// then completing the item with how, deleting asks once and the commitment comes back); the cell
// home with the overdue item in red; a second forum whose Chuẩn bị counts the earlier items and
// whose Đề dẫn step lists them (overdue in red, open, done since) and records progress as reviewed
// there. Every screen is photographed (test-results/screens/actions-*) and checked with axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { lookAtScreen, SCREENS_DIR, smallText } from './support/look';
import { callApi } from './support/api';
import { appServerPerFile } from './support/server';

test.use({ actionTimeout: 15_000 });

const server = appServerPerFile();

const api = <T>(page: Page, method: string, input: unknown): Promise<T> => callApi<T>(page, server.url, method, input);

/**
 * The plan tab of the documents page: photographed whole, but axe and the 16 px check look at the
 * plan editor only (the rest of the page, its editors and A4 preview, is documents.spec's).
 */
async function lookAtPlan(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}-screen.png`) });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="action-plan"]').analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(serious, `axe on ${name}`).toEqual([]);
  expect(await smallText(page, '[data-testid="action-plan"]'), `text under 16 px on ${name}`).toEqual([]);
}

/** A dialog (modal or drawer) photographed once its opening transition is over. */
async function lookAtDialog(page: Page, name: string) {
  await page.waitForTimeout(350);
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) });
}

// ---- Dates, as the cell lives them (UTC+7) ----
const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10);
const dmy = (iso: string) => iso.split('-').reverse().join('/');
const TODAY = isoDay(0);
const FORUM1_DATE = isoDay(-60);
const OVERDUE_DUE = isoDay(-12);
const OPEN_DUE = isoDay(45);
const NEW_DUE = isoDay(30);
const FORUM2_DATE = isoDay(7);

const CELL = { name: 'Chi bộ Văn phòng', higherBody: 'Đảng bộ phường Vị Thanh', placeName: 'Vị Thanh', termStartYear: 2025, termEndYear: 2030 };
const MEMBERS = [
  { fullName: 'Nguyễn Văn Tuấn', status: 'chinh_thuc', partyRole: 'bi_thu', birthYear: 1970 },
  { fullName: 'Trần Thị Hằng', status: 'chinh_thuc', partyRole: 'pho_bi_thu', birthYear: 1977 },
  { fullName: 'Lê Minh Đức', status: 'chinh_thuc', partyRole: 'chi_uy_vien', birthYear: 1982 },
  { fullName: 'Phạm Ngọc Ánh', status: 'chinh_thuc', partyRole: 'dang_vien', birthYear: 1988 },
  { fullName: 'Hoàng Hữu Lợi', status: 'chinh_thuc', partyRole: 'dang_vien', birthYear: 1966 },
  { fullName: 'Vũ Thị Yến', status: 'du_bi', partyRole: 'dang_vien', birthYear: 1996 },
] as const;

const C_TUAN = { statement: 'Ít xuống các tổ nắm tình hình, còn giải quyết công việc qua giấy tờ.', commitment: 'Mỗi tháng làm việc trực tiếp với hai tổ chuyên môn.' };
const C_HANG = { statement: 'Việc tự học nghị quyết chưa đều, có buổi sinh hoạt còn đến muộn.', commitment: 'Tự học nghị quyết mỗi tuần, đến sinh hoạt đúng giờ.' };
const C_COLLECTIVE = { statement: 'Họp giao ban còn kéo dài, nội dung chưa chuẩn bị trước.', commitment: 'Gửi nội dung giao ban trước một ngày, họp không quá 60 phút.' };

const NEW_ITEM = {
  shortcoming: 'Có lúc còn ngại va chạm, góp ý cho đồng chí trong tổ chưa thẳng thắn.',
  cause: 'Còn tâm lý nể nang, sợ mất lòng.',
  measure: 'Mỗi đảng viên góp ý trực tiếp ít nhất một lần trong mỗi buổi sinh hoạt chuyên đề.',
  supporting: 'Tổ công đoàn',
  expected: 'Mỗi buổi sinh hoạt đều có góp ý cụ thể, có địa chỉ.',
  monitor: 'Đồng chí Phó Bí thư',
  done: 'Hai buổi sinh hoạt gần nhất, mỗi đồng chí đều góp ý trực tiếp; chi ủy đã kiểm tra biên bản.',
};

test('the action plan is edited, followed up at the next forum, and overdue items show in red', async ({ page }) => {
  // Eight screens checked with axe, two of them the documents page with its A4 preview.
  test.setTimeout(300_000);
  // ---- Set-up through the API: a forum held and closed with three commitments ----
  const cell = await api<{ id: string }>(page, 'cell.create', CELL);
  const ids: Record<string, string> = {};
  for (const m of MEMBERS) ids[m.fullName] = (await api<{ id: string }>(page, 'member.create', { cellId: cell.id, ...m })).id;
  const forum1 = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id, topic: 'Tự soi, tự sửa theo 27 biểu hiện suy thoái, quý III', date: FORUM1_DATE, startTime: '14:00',
    chairMemberId: ids['Nguyễn Văn Tuấn'], secretaryMemberId: ids['Lê Minh Đức'], focus: [4, 5, 11, 13, 14, 15],
  });
  for (const id of Object.values(ids)) await api(page, 'live.setAttendance', { forumId: forum1.id, memberId: id, presence: 'present', reason: '' });
  const review = (subject: string, indicatorNo: number, c: { statement: string; commitment: string }, due: string) =>
    api(page, 'live.saveSelfReview', {
      forumId: forum1.id, subject, indicatorNo, baseVersion: 0, assessment: 'co_nguy_co', statement: c.statement, commitment: c.commitment, commitmentDue: due,
    });
  await review(ids['Nguyễn Văn Tuấn'], 14, C_TUAN, OVERDUE_DUE);
  await review(ids['Trần Thị Hằng'], 4, C_HANG, OPEN_DUE);
  await review('collective', 15, C_COLLECTIVE, OPEN_DUE);
  for (const phase of ['khai_mac', 'de_dan', 'tu_soi', 'gop_y', 'y_kien_cap_tren', 'ket_luan']) await api(page, 'live.setPhase', { forumId: forum1.id, phase });
  await api(page, 'forum.close', { forumId: forum1.id });

  // ---- The plan tab of the documents page ----
  await page.goto(`${server.url}/#/cells/${cell.id}/forums/${forum1.id}/documents/KH`);
  const plan = page.getByRole('list', { name: 'Các việc trong kế hoạch khắc phục' });
  await expect(plan.getByRole('article')).toHaveCount(3);
  const tuanItem = plan.getByRole('article', { name: new RegExp(C_TUAN.statement) });
  await expect(tuanItem).toContainText(C_TUAN.commitment);
  await expect(tuanItem).toContainText('Đồng chí Nguyễn Văn Tuấn');
  await expect(tuanItem).toContainText(/Quá hạn · quá hạn 12 ngày/);
  await expect(plan.getByRole('article', { name: new RegExp(C_COLLECTIVE.statement) })).toContainText('Chi ủy');
  await expect(page.getByText('3 việc · 0 đã hoàn thành · 1 quá hạn')).toBeVisible();

  // Taking the commitments again adds nothing.
  await page.getByRole('button', { name: 'Lấy từ cam kết tự sửa' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Không có cam kết tự sửa mới để thêm.' })).toBeVisible();
  await lookAtPlan(page, 'actions-01-ke-hoach');

  // ---- Add an item: the core's refusal next to its field, then every column ----
  await page.getByRole('button', { name: 'Thêm việc khắc phục' }).click();
  const drawer = page.getByRole('dialog', { name: 'Thêm việc khắc phục' });
  await expect(drawer).toBeVisible();
  await drawer.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
  await expect(drawer.getByText('«Hạn chế, khuyết điểm» không được để trống.')).toBeVisible();
  await expect(drawer.getByText('«Nội dung, giải pháp khắc phục» không được để trống.')).toBeVisible();

  await drawer.getByLabel(/^Hạn chế, khuyết điểm/).fill(NEW_ITEM.shortcoming);
  const indicators = drawer.getByLabel('Biểu hiện liên quan', { exact: true });
  await indicators.click();
  await indicators.fill('nể nang');
  await page.getByRole('option', { name: /^5\./ }).click();
  await indicators.fill('11');
  await page.getByRole('option', { name: /^11\./ }).click();
  await page.keyboard.press('Escape');
  await expect(drawer.getByText('Biểu hiện 5', { exact: true })).toBeVisible();
  await expect(drawer.getByText('Biểu hiện 11', { exact: true })).toBeVisible();
  await drawer.getByLabel(/^Nguyên nhân/).fill(NEW_ITEM.cause);
  await drawer.getByLabel(/^Nội dung, giải pháp khắc phục/).fill(NEW_ITEM.measure);
  await drawer.getByRole('radio', { name: 'Chi bộ' }).check();
  await drawer.getByLabel('Phối hợp').fill(NEW_ITEM.supporting);
  const deadline = drawer.getByLabel('Thời hạn');
  await deadline.fill('31/2/2027');
  await drawer.getByLabel(/^Kết quả cần đạt/).fill(NEW_ITEM.expected);
  await drawer.getByLabel('Người theo dõi').fill(NEW_ITEM.monitor);
  await drawer.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
  await expect(drawer.getByText(/^Ngày chưa đúng/)).toBeVisible();
  await expect(deadline).toBeFocused();
  const [y, m, d] = NEW_DUE.split('-').map(Number);
  await deadline.fill(`${d}/${m}/${y}`);
  await expect(drawer.getByText(`ngày ${d} tháng ${m} năm ${y}`)).toBeVisible();
  await lookAtDialog(page, 'actions-02-them-viec');
  await drawer.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
  await expect(drawer).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm việc vào kế hoạch.' })).toBeVisible();
  const newItem = plan.getByRole('article', { name: new RegExp(NEW_ITEM.shortcoming) });
  await expect(newItem).toContainText('4. ');
  for (const s of ['(5), (11)', NEW_ITEM.cause, NEW_ITEM.measure, 'Chi bộ', NEW_ITEM.supporting, dmy(NEW_DUE), NEW_ITEM.expected, NEW_ITEM.monitor, 'Chưa bắt đầu']) {
    await expect(newItem).toContainText(s);
  }

  // ---- An edit that collides with another writer: both versions, the user chooses ----
  const stored = (await api<{ id: string; version: number; shortcoming: string }[]>(page, 'action.list', { cellId: cell.id, forumId: forum1.id })).find(
    (i) => i.shortcoming === NEW_ITEM.shortcoming,
  )!;
  await newItem.getByRole('button', { name: 'Sửa việc 4' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa việc khắc phục số 4' });
  await edit.getByLabel('Người theo dõi').fill('Chi ủy');
  // Meanwhile, someone else changes the expected result.
  await api(page, 'action.update', {
    id: stored.id, baseVersion: stored.version, shortcoming: NEW_ITEM.shortcoming, indicatorNos: [5, 11], cause: NEW_ITEM.cause, measure: NEW_ITEM.measure,
    ownerKind: 'cell', ownerMemberId: null, supporting: NEW_ITEM.supporting, deadline: NEW_DUE, expectedResult: 'Không còn ý kiến chung chung trong biên bản.',
    monitor: NEW_ITEM.monitor, note: '',
  });
  await edit.getByRole('button', { name: 'Lưu việc khắc phục' }).click();
  const conflict = edit.getByRole('alert').filter({ hasText: 'Việc này vừa được sửa ở nơi khác' });
  await expect(conflict).toBeVisible();
  const rows = conflict.getByRole('row');
  await expect(rows.filter({ hasText: 'Người theo dõi' })).toContainText('Chi ủy');
  await expect(rows.filter({ hasText: 'Người theo dõi' })).toContainText(NEW_ITEM.monitor);
  await expect(rows.filter({ hasText: 'Kết quả cần đạt' })).toContainText('Không còn ý kiến chung chung trong biên bản.');
  await lookAtDialog(page, 'actions-03-xung-dot');
  await conflict.getByRole('button', { name: 'Dùng bản đã lưu' }).click();
  await expect(edit.getByLabel(/^Kết quả cần đạt/)).toHaveValue('Không còn ý kiến chung chung trong biên bản.');
  await edit.getByLabel('Người theo dõi').fill('Chi ủy');
  await edit.getByRole('button', { name: 'Lưu việc khắc phục' }).click();
  await expect(edit).toHaveCount(0);
  await expect(newItem).toContainText('Không còn ý kiến chung chung trong biên bản.');
  await expect(newItem.getByText('Chi ủy', { exact: true })).toBeVisible();

  // ---- Progress: 100 % needs a note saying how; then the item shows when and how ----
  await newItem.getByRole('button', { name: /^Cập nhật tiến độ/ }).click();
  const progress = page.getByRole('dialog', { name: 'Cập nhật tiến độ' });
  await expect(progress.getByLabel(/^Ngày cập nhật/)).toHaveValue(dmy(TODAY));
  await progress.getByLabel(/^Tiến độ \(%\)/).fill('100');
  await progress.getByRole('button', { name: 'Ghi tiến độ' }).click();
  await expect(progress.getByText('Việc đã hoàn thành: hãy ghi đã khắc phục thế nào.')).toBeVisible();
  await progress.getByLabel(/^Đã khắc phục thế nào/).fill(NEW_ITEM.done);
  await lookAtDialog(page, 'actions-04-tien-do');
  await progress.getByRole('button', { name: 'Ghi tiến độ' }).click();
  await expect(progress).toHaveCount(0);
  await expect(newItem).toContainText('Đã hoàn thành');
  await expect(newItem).toContainText(`Hoàn thành ngày ${dmy(TODAY)} — Đã khắc phục thế nào: ${NEW_ITEM.done}`);
  await expect(newItem).toContainText(`${dmy(TODAY)}: 100%`);
  // With progress recorded, it can no longer be deleted.
  await expect(newItem.getByRole('button', { name: 'Xoá việc 4' })).toHaveCount(0);

  // ---- Deleting asks once; the commitment can be taken again ----
  const hangItem = plan.getByRole('article', { name: new RegExp(C_HANG.statement) });
  await hangItem.getByRole('button', { name: /^Xoá việc/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Xoá việc khắc phục' });
  await expect(confirm).toContainText(C_HANG.statement);
  await confirm.getByRole('button', { name: 'Xoá việc này' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xoá việc khắc phục.' })).toBeVisible();
  await expect(plan.getByRole('article')).toHaveCount(3);
  await page.getByRole('button', { name: 'Lấy từ cam kết tự sửa' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm 1 việc từ cam kết tự sửa.' })).toBeVisible();
  await expect(plan.getByRole('article')).toHaveCount(4);
  await lookAtPlan(page, 'actions-05-hoan-thanh');

  // ---- The cell home: the overdue item in red, with owner, deadline and days ----
  await page.goto(`${server.url}/#/cells/${cell.id}`);
  const block = page.getByRole('region', { name: 'Việc khắc phục' });
  await expect(block).toContainText('3 việc chưa xong, trong đó 1 việc quá hạn.');
  const overdue = block.getByRole('list', { name: 'Các việc quá hạn' }).getByRole('listitem');
  await expect(overdue).toHaveCount(1);
  const line = overdue.getByText(`Đồng chí Nguyễn Văn Tuấn · hạn ${dmy(OVERDUE_DUE)} · quá hạn 12 ngày`);
  await expect(line).toBeVisible();
  const red = await line.evaluate((el) => getComputedStyle(el).color);
  expect(red, 'the overdue line is red').toMatch(/^rgb\((1[5-9]\d|2\d\d), (\d|[1-5]\d), (\d|[1-5]\d)\)$/);
  await lookAtScreen(page, 'actions-06-trang-chu');
  await overdue.getByRole('link', { name: `Xem kế hoạch khắc phục của buổi sinh hoạt ngày ${dmy(FORUM1_DATE)}` }).click();
  await expect(page).toHaveURL(new RegExp(`/forums/${forum1.id}/documents/KH$`));
  await expect(plan.getByRole('article')).toHaveCount(4);

  // ---- A second forum: Chuẩn bị counts the earlier items, Đề dẫn lists them ----
  const forum2 = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id, topic: 'Tự soi, tự sửa theo 27 biểu hiện suy thoái, quý IV', date: FORUM2_DATE, startTime: '14:00',
    chairMemberId: ids['Nguyễn Văn Tuấn'], secretaryMemberId: ids['Lê Minh Đức'], focus: [4, 5, 14, 15],
  });
  await page.goto(`${server.url}/#/cells/${cell.id}/forums/${forum2.id}/live`);
  const summary = page.getByRole('region', { name: 'Việc khắc phục kỳ trước' });
  await expect(summary).toContainText('3 việc chưa xong, trong đó 1 việc quá hạn; 1 việc đã hoàn thành từ kỳ trước.');
  await lookAtScreen(page, 'actions-07-chuan-bi');
  await summary.getByRole('button', { name: 'Xem danh sách rà soát' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Đề dẫn và kiểm điểm tập thể', exact: true })).toBeVisible();

  const panel = page.getByRole('region', { name: 'Rà soát việc khắc phục kỳ trước' });
  const overdueList = panel.getByRole('region', { name: 'Quá hạn (1)' });
  await expect(overdueList.getByRole('article')).toHaveCount(1);
  await expect(overdueList).toContainText(C_TUAN.commitment);
  await expect(overdueList).toContainText(`Hạn ${dmy(OVERDUE_DUE)}`);
  await expect(overdueList).toContainText(`Đề ra tại buổi sinh hoạt ngày ${dmy(FORUM1_DATE)}`);
  const openList = panel.getByRole('region', { name: 'Còn trong hạn (2)' });
  await expect(openList).toContainText(C_HANG.commitment);
  await expect(openList).toContainText(C_COLLECTIVE.commitment);
  const doneList = panel.getByRole('region', { name: 'Đã hoàn thành từ kỳ trước (1)' });
  await expect(doneList).toContainText(`Hoàn thành ngày ${dmy(TODAY)} — Đã khắc phục thế nào: ${NEW_ITEM.done}`);
  const overdueTitleColor = await panel.getByRole('heading', { name: 'Quá hạn (1)' }).evaluate((el) => getComputedStyle(el).color);
  expect(overdueTitleColor).toMatch(/^rgb\((1[5-9]\d|2\d\d), (\d|[1-5]\d), (\d|[1-5]\d)\)$/);
  await lookAtScreen(page, 'actions-08-de-dan');

  // Progress recorded at this forum.
  await overdueList.getByRole('button', { name: /^Cập nhật tiến độ/ }).click();
  const atForum = page.getByRole('dialog', { name: 'Cập nhật tiến độ' });
  await atForum.getByLabel(/^Tiến độ \(%\)/).fill('60');
  await atForum.getByLabel(/^Ghi chú tiến độ/).fill('Đã làm việc với tổ Toán và tổ Văn; còn tổ Ngoại ngữ.');
  await atForum.getByRole('button', { name: 'Ghi tiến độ' }).click();
  await expect(atForum).toHaveCount(0);
  await expect(overdueList).toContainText('60%');
  await expect(overdueList).toContainText(`Lần cập nhật gần nhất (${dmy(TODAY)}): Đã làm việc với tổ Toán và tổ Văn; còn tổ Ngoại ngữ.`);
  const after = await api<{ progress: number; history: { forumId: string | null }[] }[]>(page, 'action.review', { forumId: forum2.id });
  expect(after.find((i) => i.progress === 60)?.history.at(-1)?.forumId).toBe(forum2.id);
});
