// The live forum's shell and its own steps, as a facilitator uses them at 1366×768: start from the
// forum list, prepare (agenda, đề dẫn), roll call with a refused Next, đề dẫn and the collective
// review, ý kiến cấp trên, kết luận from the draft; restart the server and resume where the meeting
// was; a held forum is read-only. Vietnamese composition (Telex) in an autosaving field stores
// exactly the committed text. Every step is photographed and checked with axe and for text size.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { lookAtScreen, SCREENS_DIR } from './support/look';
import { callApi } from './support/api';
import { appServerPerFile } from './support/server';

const server = appServerPerFile();

const api = <T>(page: Page, method: string, input: unknown): Promise<T> => callApi<T>(page, server.url, method, input);

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

async function pressOutsideFields(page: Page, key: string) {
  await page.locator('#live-step-title').focus();
  await page.keyboard.press(key);
}

test('the facilitator walks the meeting through its steps, restarts, and resumes', async ({ page }) => {
  const cell = await api<{ id: string }>(page, 'sample.open', {});
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id,
    topic: 'Tự soi, tự sửa theo 27 biểu hiện suy thoái, quý IV năm 2026',
    date: '2026-11-23',
    startTime: '14:00',
    place: 'Phòng họp tầng 2',
    guests: [{ name: 'Phạm Hữu Lợi', position: 'Ủy viên Ban Thường vụ Đảng ủy phường' }],
    focus: [4, 5, 10, 11, 12, 13, 14, 15, 16, 17, 18],
  });

  // In from the forum list.
  await page.goto(`${server.url}/#/cells/${cell.id}/forums`);
  await page.getByRole('link', { name: /^Bắt đầu sinh hoạt: Tự soi, tự sửa theo 27 biểu hiện suy thoái, quý IV/ }).click();
  await expect(stepHeading(page, 'Chuẩn bị')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Các bước của buổi sinh hoạt' }).getByRole('button')).toHaveCount(7);

  // Chuẩn bị: the framing saves itself.
  const framing = page.getByRole('textbox', { name: 'Nội dung đề dẫn của đồng chí chủ trì' });
  await framing.fill('Mục đích của buổi sinh hoạt: mỗi đồng chí tự soi, tự sửa theo các biểu hiện trọng tâm.');
  await expect(page.getByText('Đã lưu').first()).toBeVisible();
  await lookAtScreen(page, 'live-01-chuan-bi');

  // The shortcuts overlay.
  await pressOutsideFields(page, '?');
  await expect(page.getByRole('dialog', { name: 'Phím tắt trong buổi sinh hoạt' })).toBeVisible();
  await page.waitForTimeout(300); // the opening transition
  await page.screenshot({ path: path.join(SCREENS_DIR, 'live-02-phim-tat.png') });
  // Under the overlay the page is dimmed on purpose: check the dialog itself.
  const { violations } = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // N: khai mạc. N again is refused until the roll call is done: the reason is shown, nothing moves.
  await pressOutsideFields(page, 'n');
  await expect(stepHeading(page, 'Khai mạc')).toBeVisible();
  await pressOutsideFields(page, 'n');
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa chuyển bước được' })).toBeVisible();
  await expect(stepHeading(page, 'Khai mạc')).toBeVisible();
  await lookAtScreen(page, 'live-03-khai-mac-chua-diem-danh');

  // Roll call: one excused absence with its reason, everyone else present; the secretary.
  const row = page.getByRole('row', { name: /Trần Thị Hằng/ });
  await row.getByText('Vắng có lý do', { exact: true }).click();
  const reason = page.getByRole('textbox', { name: 'Lý do vắng của đồng chí Trần Thị Hằng' });
  await reason.fill('Đi công tác');
  await reason.blur();
  await page.getByRole('button', { name: /^Ghi có mặt cho \d+ đồng chí chưa điểm danh$/ }).click();
  await page.getByRole('combobox', { name: 'Thư ký' }).selectOption({ label: 'Lê Minh Đức' });
  await expect(page.getByRole('heading', { name: /Đủ điều kiện sinh hoạt/ })).toBeVisible();
  await expect(page.getByText('Điểm danh xong, có thể sang bước tiếp.')).toBeVisible();
  await lookAtScreen(page, 'live-04-khai-mac');

  // Đề dẫn and the collective review of group II.
  await page.getByRole('button', { name: /^Bước tiếp: Đề dẫn và kiểm điểm tập thể/ }).click();
  await expect(stepHeading(page, 'Đề dẫn và kiểm điểm tập thể')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nội dung đề dẫn của đồng chí chủ trì' })).toHaveValue(/Mục đích của buổi sinh hoạt/);
  const collective = page.getByRole('textbox', { name: /Tập thể chi bộ tự kiểm điểm — Nhóm II/ });
  await collective.fill('Tập thể chi bộ còn có lúc nể nang, ngại va chạm trong góp ý.');
  await collective.blur();
  await expect(page.getByText('Đã lưu').first()).toBeVisible();
  await lookAtScreen(page, 'live-05-de-dan');

  // Tự soi and góp ý (helper B's steps) are passed through here; photographed for the record.
  await pressOutsideFields(page, 'n');
  await expect(stepHeading(page, 'Tự soi')).toBeVisible();
  await lookAtScreen(page, 'live-06-tu-soi');
  await pressOutsideFields(page, 'n');
  await expect(stepHeading(page, 'Góp ý')).toBeVisible();
  await lookAtScreen(page, 'live-07-gop-y');

  // Ý kiến cấp trên.
  await pressOutsideFields(page, 'n');
  await expect(stepHeading(page, 'Ý kiến cấp trên')).toBeVisible();
  await expect(page.getByText('Phạm Hữu Lợi')).toBeVisible();
  await page.getByRole('textbox', { name: 'Ý kiến phát biểu của đại diện cấp trên' }).fill('Đồng chí Phạm Hữu Lợi ghi nhận tinh thần tự phê bình nghiêm túc.');
  await lookAtScreen(page, 'live-08-y-kien-cap-tren');

  // Kết luận: the collective from the app's draft.
  await pressOutsideFields(page, 'n');
  await expect(stepHeading(page, 'Kết luận')).toBeVisible();
  await page.getByRole('button', { name: 'Dùng bản nháp từ biên bản' }).click();
  await expect(page.getByText('Đã lưu').first()).toBeVisible();
  await page.getByRole('tab', { name: /Nguyễn Văn Tuấn/ }).click();
  await lookAtScreen(page, 'live-09-ket-luan');

  // Back (B) never loses anything.
  await pressOutsideFields(page, 'b');
  await expect(stepHeading(page, 'Ý kiến cấp trên')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Ý kiến phát biểu của đại diện cấp trên' })).toHaveValue(/tinh thần tự phê bình/);

  // Restart: the meeting resumes at its phase.
  await server.restart();
  await page.reload();
  await expect(stepHeading(page, 'Ý kiến cấp trên')).toBeVisible();
  const stored = await api<{ texts: { kind: string; subject: string; text: string }[] }>(page, 'live.get', { forumId: forum.id });
  expect(stored.texts.find((x) => x.kind === 'guest_remarks')?.text).toBe('Đồng chí Phạm Hữu Lợi ghi nhận tinh thần tự phê bình nghiêm túc.');
  expect(stored.texts.find((x) => x.kind === 'conclusion' && x.subject === 'collective')?.text).not.toBe('');
});

test('composing Vietnamese (Telex) in an autosaving field stores exactly the committed text', async ({ page }) => {
  const cell = await api<{ id: string }>(page, 'sample.open', {});
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id, topic: 'Thử gõ tiếng Việt', date: '2026-11-24', startTime: '08:00', focus: [1],
  });
  await page.goto(`${server.url}/#/cells/${cell.id}/forums/${forum.id}/live`);
  const field = page.getByRole('textbox', { name: 'Nội dung đề dẫn của đồng chí chủ trì' });
  await field.click();
  const cdp = await page.context().newCDPSession(page);
  // Telex: N g u y e e n x → "Nguyễn", as an IME reports it: composition updates, then the commit.
  const steps = ['N', 'Ng', 'Ngu', 'Nguy', 'Nguye', 'Nguyê', 'Nguyên', 'Nguyễn'];
  for (const [i, s] of steps.entries()) {
    await cdp.send('Input.imeSetComposition', { text: s, selectionStart: s.length, selectionEnd: s.length });
    // Let the 400 ms autosave fire in the middle of the composition.
    if (i === 4) await page.waitForTimeout(700);
  }
  await cdp.send('Input.insertText', { text: 'Nguyễn' });
  await expect(field).toHaveValue('Nguyễn');
  await page.locator('#live-step-title').focus();
  await expect(page.getByText('Đã lưu').first()).toBeVisible();
  await expect
    .poll(async () => (await api<{ texts: { kind: string; text: string }[] }>(page, 'live.get', { forumId: forum.id })).texts.find((x) => x.kind === 'framing')?.text)
    .toBe('Nguyễn');
  await expect(field).toHaveValue('Nguyễn');
});

test('two windows on one text: the idle one takes the other\'s text, the one typing is told and keeps both', async ({ page, context }) => {
  const cell = await api<{ id: string }>(page, 'sample.open', {});
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id, topic: 'Hai cửa sổ cùng sửa', date: '2026-11-25', startTime: '08:00', focus: [1],
  });
  const liveUrl = `${server.url}/#/cells/${cell.id}/forums/${forum.id}/live`;
  const label = 'Nội dung đề dẫn của đồng chí chủ trì';
  const other = await context.newPage();
  await page.goto(liveUrl);
  await other.goto(liveUrl);
  const mine = page.getByRole('textbox', { name: label });
  const theirs = other.getByRole('textbox', { name: label });

  // Typed and saved in the other window: this idle window shows it without a reload.
  await theirs.fill('Đề dẫn do đồng chí Bí thư soạn.');
  await other.locator('#live-step-title').focus();
  await expect(other.getByText('Đã lưu').first()).toBeVisible();
  await expect(mine).toHaveValue('Đề dẫn do đồng chí Bí thư soạn.');

  // Now both edit: this window starts typing, the other saves first. This window is told, both
  // texts are on screen, and "use the stored one" puts the other's text in the field.
  await mine.click();
  await mine.press('End');
  await theirs.fill('Đề dẫn đã sửa ở máy của đồng chí Phó Bí thư.');
  await other.locator('#live-step-title').focus();
  await expect(other.getByText('Đã lưu').first()).toBeVisible();
  await mine.pressSequentially(' Thêm một ý.');
  const panel = page.getByRole('alert').filter({ hasText: 'Nội dung này vừa được sửa ở nơi khác' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Đề dẫn do đồng chí Bí thư soạn. Thêm một ý.');
  await expect(panel).toContainText('Đề dẫn đã sửa ở máy của đồng chí Phó Bí thư.');
  await panel.getByRole('button', { name: 'Dùng bản đã lưu' }).click();
  await expect(mine).toHaveValue('Đề dẫn đã sửa ở máy của đồng chí Phó Bí thư.');
  await expect(panel).toHaveCount(0);
  const stored = await api<{ texts: { kind: string; text: string }[] }>(page, 'live.get', { forumId: forum.id });
  expect(stored.texts.find((x) => x.kind === 'framing')?.text).toBe('Đề dẫn đã sửa ở máy của đồng chí Phó Bí thư.');
  await other.close();
});

test('two windows on the agenda, the roll call, the roles and the review order: a change made in the other is never written over', async ({ page, context }) => {
  const cell = await api<{ id: string }>(page, 'sample.open', {});
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id, topic: 'Hai cửa sổ cùng điểm danh', date: '2026-11-26', startTime: '08:00', focus: [1],
  });
  const forumId = forum.id;
  const liveUrl = `${server.url}/#/cells/${cell.id}/forums/${forumId}/live`;
  const other = await context.newPage();
  await page.goto(liveUrl);
  await other.goto(liveUrl);
  const minutesLabel = 'Thời lượng cuộc họp (phút)';

  // Agenda: this window is in the meeting length when the other stores 90 minutes; what it then
  // types is refused, both versions are shown, and "keep mine" stores it over the 90.
  const mine = page.getByRole('textbox', { name: minutesLabel });
  await mine.click();
  await other.getByRole('textbox', { name: minutesLabel }).fill('90');
  await other.locator('#live-step-title').focus();
  await expect(other.getByText('Đã lưu').first()).toBeVisible();
  await mine.fill('75');
  const panel = page.getByRole('alert').filter({ hasText: 'Nội dung này vừa được sửa ở nơi khác' });
  await expect(panel).toContainText('Thời lượng cuộc họp (phút): 75');
  await expect(panel).toContainText('Thời lượng cuộc họp (phút): 90');
  await lookAtScreen(page, 'live-two-windows-agenda');
  await panel.getByRole('button', { name: 'Giữ bản của tôi' }).click();
  await expect(panel).toHaveCount(0);
  await expect.poll(async () => (await api<{ settings: { meetingMinutes: number } }>(page, 'live.get', { forumId })).settings.meetingMinutes).toBe(75);
  await expect(other.getByRole('textbox', { name: minutesLabel })).toHaveValue('75');

  // Roll call, reasons: both windows show a member absent with a reason to fill in.
  const live = await api<{ members: { id: string; fullName: string }[] }>(page, 'live.get', { forumId });
  const [absent, late] = live.members;
  await api(page, 'live.setAttendance', { forumId, memberId: absent.id, presence: 'absent_excused', reason: '' });
  await api(page, 'live.setPhase', { forumId, phase: 'khai_mac' });
  const reasonLabel = `Lý do vắng của đồng chí ${absent.fullName}`;
  const myReason = page.getByRole('textbox', { name: reasonLabel });
  await myReason.click();
  await other.getByRole('textbox', { name: reasonLabel }).fill('Đi công tác tại tỉnh');
  await other.getByRole('textbox', { name: reasonLabel }).blur();
  await expect(other.getByText('Đã lưu').first()).toBeVisible();
  await myReason.fill('Ốm');
  const reasonPanel = page.getByRole('alert').filter({ hasText: 'Nội dung này vừa được sửa ở nơi khác' });
  await expect(reasonPanel).toContainText('Ốm');
  await expect(reasonPanel).toContainText('Đi công tác tại tỉnh');
  await reasonPanel.getByRole('button', { name: 'Dùng bản đã lưu' }).click();
  await expect(myReason).toHaveValue('Đi công tác tại tỉnh');

  // Roll call, presence: this window cannot refresh from the core while the other marks a member
  // present. It keeps the meeting on screen under a notice; its own click is then refused with
  // what the record now says; once the core answers again, the notice goes by itself.
  await page.route('**/api/live.get', (route) => route.abort());
  await other.getByRole('radiogroup', { name: `Điểm danh đồng chí ${late.fullName}` }).getByText('Có mặt', { exact: true }).click();
  const stale = page.getByRole('alert').filter({ hasText: 'Chưa tải lại được dữ liệu mới nhất' });
  await expect(stale).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Khai mạc', exact: true })).toBeVisible();
  await page.getByRole('radiogroup', { name: `Điểm danh đồng chí ${late.fullName}` }).getByText('Vắng không lý do', { exact: true }).click();
  await expect(page.getByText(`Điểm danh của đồng chí ${late.fullName} vừa được đổi ở cửa sổ khác, nay là «Có mặt»`)).toBeVisible();
  await lookAtScreen(page, 'live-two-windows-roll-call');
  // The secretary, the same way: chosen in the other window, then here from the stale screen.
  await other.getByRole('combobox', { name: 'Thư ký' }).selectOption({ label: absent.fullName });
  await expect.poll(async () => (await api<{ forum: { secretaryMemberId: string | null } }>(other, 'live.get', { forumId })).forum.secretaryMemberId).toBe(absent.id);
  await page.getByRole('combobox', { name: 'Thư ký' }).selectOption({ label: late.fullName });
  await expect(page.getByText('Chủ trì và thư ký vừa được đổi ở một cửa sổ khác')).toBeVisible();
  await page.unroute('**/api/live.get');
  await expect(stale).toHaveCount(0, { timeout: 15_000 });
  const after = await api<{ members: { id: string; presence: string | null; absenceReason: string }[] }>(page, 'live.get', { forumId });
  expect(after.members.find((m) => m.id === late.id)?.presence).toBe('present');
  expect(after.members.find((m) => m.id === absent.id)).toMatchObject({ presence: 'absent_excused', absenceReason: 'Đi công tác tại tỉnh' });
  expect((await api<{ forum: { secretaryMemberId: string | null } }>(page, 'live.get', { forumId })).forum.secretaryMemberId).toBe(absent.id);

  // Review order: moved in the other window while this one has its editor open on the old order;
  // a move here is refused with the reason, and the list shows the stored order again.
  for (const m of live.members) await api(page, 'live.setAttendance', { forumId, memberId: m.id, presence: 'present', reason: '' });
  await api(page, 'live.setPhase', { forumId, phase: 'de_dan' });
  await api(page, 'live.setPhase', { forumId, phase: 'tu_soi' });
  await page.getByRole('button', { name: 'Sửa thứ tự tự soi' }).click();
  const { reviewOrder } = await api<{ reviewOrder: string[] }>(page, 'live.get', { forumId });
  const nameOf = (id: string) => live.members.find((m) => m.id === id)!.fullName;
  await page.route('**/api/live.get', (route) => route.abort());
  const moved = [reviewOrder[0], reviewOrder[2], reviewOrder[1], ...reviewOrder.slice(3)];
  await api(other, 'live.setReviewOrder', { forumId, order: moved, expected: reviewOrder });
  const orderList = page.getByRole('dialog').getByRole('list');
  await page.getByRole('button', { name: `Đưa ${nameOf(reviewOrder[3])} xuống sau` }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('Thứ tự tự soi vừa được đổi ở một cửa sổ khác');
  await page.unroute('**/api/live.get');
  await expect(orderList.getByRole('listitem').nth(1)).toContainText(nameOf(moved[1]), { timeout: 15_000 });
  await expect(orderList.getByRole('listitem').nth(3)).toContainText(nameOf(moved[3]));
  expect((await api<{ reviewOrder: string[] }>(page, 'live.get', { forumId })).reviewOrder).toEqual(moved);
  // From the order on screen now, a move goes through.
  await page.getByRole('button', { name: `Đưa ${nameOf(moved[3])} xuống sau` }).click();
  await expect
    .poll(async () => (await api<{ reviewOrder: string[] }>(page, 'live.get', { forumId })).reviewOrder.slice(0, 5))
    .toEqual([moved[0], moved[1], moved[2], moved[4], moved[3]]);
  await page.keyboard.press('Escape');
  await other.close();
});

test('at a projector\'s 1024 × 768 the speaker\'s clock stays beside the step, and the narrow rail still names each phase', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const cell = await api<{ id: string }>(page, 'sample.open', {});
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id, topic: 'Sinh hoạt trên máy chiếu', date: '2026-11-27', startTime: '08:00', focus: [1, 2, 3],
  });
  await page.goto(`${server.url}/#/cells/${cell.id}/forums/${forum.id}/live`);
  await expect(stepHeading(page, 'Chuẩn bị')).toBeVisible();
  const step = await page.locator('#live-step-title').boundingBox();
  const speaker = page.locator('[data-speaker-now]');
  await expect(speaker).toBeInViewport();
  const clock = (await speaker.boundingBox())!;
  // In a column to the right of the step, not under it.
  expect(clock.x).toBeGreaterThan(step!.x + 300);
  expect(clock.y).toBeLessThan(400);
  const rail = page.getByRole('navigation', { name: 'Các bước của buổi sinh hoạt' });
  await expect(rail.getByRole('button', { name: /Góp ý/ })).toBeVisible();
  await expect(rail.getByRole('button', { name: /Khai mạc/ })).toHaveAttribute('title', /^2\. Khai mạc: /);
  await lookAtScreen(page, 'live-1024-chuan-bi');
});

test('a held forum opens read-only', async ({ page }) => {
  const cell = await api<{ id: string }>(page, 'sample.open', {});
  const forums = await api<{ id: string; status: string }[]>(page, 'forum.list', { cellId: cell.id });
  const held = forums.find((f) => f.status === 'closed')!;
  await page.goto(`${server.url}/#/cells/${cell.id}/forums/${held.id}/live`);
  await expect(page.getByText('Diễn đàn đã họp xong')).toBeVisible();
  await expect(stepHeading(page, 'Kết luận')).toBeVisible();
  await lookAtScreen(page, 'live-10-da-hop');
  await page.getByRole('navigation', { name: 'Các bước của buổi sinh hoạt' }).getByRole('button', { name: /Khai mạc/ }).click();
  await expect(stepHeading(page, 'Khai mạc')).toBeVisible();
  await lookAtScreen(page, 'live-11-da-hop-khai-mac');
});
