// The tự soi and góp ý steps, the speaker panel and the presenter window, as a facilitator uses them
// at 1366×768: the matrix filled keyboard-only (arrows, digits, Enter, Esc, Tab to the next empty
// cell), the member form moving the projector (← →, ↓) and showing one statement on request, the
// presenter tab following live, the speaker timer (T) and queue, a comment recorded, answered,
// deleted and restored. Every screen is photographed and checked with axe and for text size.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { lookAt, lookAtScreen, SCREENS_DIR } from './support/look';
import { callApi } from './support/api';
import { appServerPerFile } from './support/server';

const server = appServerPerFile();

const api = <T>(page: Page, method: string, input: unknown): Promise<T> => callApi<T>(page, server.url, method, input);

interface Live {
  reviewOrder: string[];
  indicators: { no: number }[];
  members: { id: string; fullName: string; exempt: boolean }[];
  selfReviews: { subject: string; indicatorNo: number; assessment: string | null; statement: string; commitmentDue: string | null }[];
  comments: { id: string; responseKind: string | null; responseText: string }[];
  queue: { memberId: string; status: string }[];
  timer: { startedAt: string | null };
}

test('tự soi, góp ý, the speaker and the presenter window', async ({ page, context }) => {
  // A forum of the sample cell, in tự soi after a complete roll call (the shell's steps are tested elsewhere).
  const cell = await api<{ id: string }>(page, 'sample.open', {});
  const members = await api<{ id: string; partyRole: string }[]>(page, 'member.list', { cellId: cell.id, includeLeft: false });
  const chair = members.find((m) => m.partyRole === 'bi_thu')!;
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id, topic: 'Tự soi, tự sửa quý IV năm 2026', date: '2026-12-10', startTime: '14:00', chairMemberId: chair.id,
    focus: [4, 5, 10, 11, 12, 13, 14, 15, 16, 17, 18],
  });
  const forumId = forum.id;
  let live = await api<Live>(page, 'live.get', { forumId });
  for (const m of live.members) await api(page, 'live.setAttendance', { forumId, memberId: m.id, presence: 'present', reason: '' });
  await api(page, 'live.setRoles', { forumId, chairMemberId: chair.id, secretaryMemberId: live.members.find((m) => m.id !== chair.id)!.id });
  for (const phase of ['khai_mac', 'de_dan', 'tu_soi']) await api(page, 'live.setPhase', { forumId, phase });
  const present = live.members.filter((m) => !m.exempt);
  for (const m of present.slice(1, 4)) await api(page, 'queue.add', { forumId, memberId: m.id });
  await api(page, 'queue.next', { forumId });
  const get = () => api<Live>(page, 'live.get', { forumId });
  live = await get();

  await page.goto(`${server.url}/#/cells/${cell.id}/forums/${forumId}/live`);
  await expect(page.getByRole('heading', { level: 2, name: 'Tự soi', exact: true })).toBeVisible();

  // ---- Bảng tổng hợp, keyboard only ----
  await page.getByRole('tab', { name: 'Bảng tổng hợp' }).click();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('gridcell')).toHaveCount(live.reviewOrder.length * live.indicators.length);
  await page.keyboard.press('Tab'); // from the tab into the grid: the active cell is the first empty one
  await expect(page.locator('#sr-matrix-r0-c0')).toBeFocused();
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  await page.keyboard.type('Việc tự học nghị quyết chưa đều, có buổi sinh hoạt còn đến muộn.');
  await lookAtScreen(page, 'live-tu-soi-matrix-editor');
  await page.keyboard.press('Escape');
  await expect(page.locator('#sr-matrix-r0-c1')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#sr-matrix-r0-c2')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('3');
  await expect.poll(async () => (await get()).selfReviews.filter((r) => r.assessment !== null).length).toBe(3);
  live = await get();
  const collective = live.reviewOrder[0];
  const first = live.reviewOrder[1];
  const at = (subject: string, no: number) => live.selfReviews.find((r) => r.subject === subject && r.indicatorNo === no);
  expect(at(collective, 4)?.assessment).toBe('khong_co');
  expect(at(collective, 5)?.assessment).toBe('co_nguy_co');
  expect(at(collective, 5)?.statement).toBe('Việc tự học nghị quyết chưa đều, có buổi sinh hoạt còn đến muộn.');
  expect(at(first, 10)?.assessment).toBe('co_bieu_hien');
  await expect(page.locator('#sr-matrix-r1-c2')).toHaveAttribute('aria-label', /: Có biểu hiện$/);
  await lookAtScreen(page, 'live-tu-soi-matrix');

  // ---- Theo từng đảng viên: the projector follows; one statement shown on request ----
  await page.getByRole('tab', { name: 'Theo từng đảng viên' }).click();
  const presenter = await context.newPage();
  await presenter.goto(`${server.url}/#/present/${forumId}`);
  await expect(presenter.locator('[data-presenter]')).toBeVisible();
  await page.bringToFront();
  await page.locator('#live-step-title').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await api<{ subjectName: string | null }>(page, 'presenter.get', { forumId })).subjectName).toContain(
    live.members.find((m) => m.id === first)!.fullName,
  );
  await expect(presenter.getByText(live.members.find((m) => m.id === first)!.fullName)).toBeVisible();
  const card = page.locator('[data-indicator-card="4"]');
  // The statement first, then the due date: each save sends only its own field, so the later one
  // must leave the statement as stored.
  await card.getByRole('textbox', { name: 'Nội dung tự soi' }).fill('Có lúc còn ngại va chạm, góp ý cho đồng chí trong tổ chưa thẳng thắn.');
  await expect.poll(async () => (await get()).selfReviews.find((r) => r.subject === first && r.indicatorNo === 4)?.statement).toBe(
    'Có lúc còn ngại va chạm, góp ý cho đồng chí trong tổ chưa thẳng thắn.',
  );
  await card.getByRole('textbox', { name: 'Hạn sửa' }).fill('30/6/2027');
  await card.getByRole('textbox', { name: 'Hạn sửa' }).blur();
  await expect.poll(async () => (await get()).selfReviews.find((r) => r.subject === first && r.indicatorNo === 4)?.commitmentDue).toBe('2027-06-30');
  expect((await get()).selfReviews.find((r) => r.subject === first && r.indicatorNo === 4)?.statement).toBe(
    'Có lúc còn ngại va chạm, góp ý cho đồng chí trong tổ chưa thẳng thắn.',
  );
  await expect(presenter.locator('blockquote')).toHaveCount(0);
  await card.getByRole('switch', { name: 'Chiếu nội dung này' }).click({ force: true });
  await expect(presenter.locator('blockquote')).toHaveText('Có lúc còn ngại va chạm, góp ý cho đồng chí trong tổ chưa thẳng thắn.');
  await presenter.screenshot({ path: path.join(SCREENS_DIR, 'live-presenter-statement.png') });
  await card.getByRole('switch', { name: 'Chiếu nội dung này' }).click({ force: true });
  await expect(presenter.locator('blockquote')).toHaveCount(0);
  await page.locator('#live-step-title').focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await api<{ indicator: { no: number } | null }>(page, 'presenter.get', { forumId })).indicator?.no).toBe(5);
  await lookAtScreen(page, 'live-tu-soi-member');

  // ---- Speaker timer with T ----
  expect((await get()).timer.startedAt).not.toBeNull(); // queue.next started it
  await page.locator('#live-step-title').focus();
  await page.keyboard.press('t');
  await expect.poll(async () => (await get()).timer.startedAt).toBeNull();
  await expect(page.locator('[data-speaker-now]')).toContainText('Đang dừng');

  // ---- Góp ý ----
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: 'Góp ý', exact: true })).toBeVisible();
  await page.getByLabel('Đồng chí được góp ý', { exact: false }).first().click();
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.getByLabel('Nội dung góp ý', { exact: false }).first().fill('Đề nghị đồng chí mạnh dạn hơn khi góp ý trong tổ, nói thẳng những việc chưa được.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Đã ghi góp ý.')).toBeVisible();
  const cardComment = page.locator('[data-comment]').first();
  await cardComment.getByText('Tiếp thu', { exact: true }).click();
  await cardComment.getByRole('textbox', { name: 'Nội dung tiếp thu / giải trình' }).fill('Xin tiếp thu, sẽ khắc phục trong quý tới.');
  await expect.poll(async () => (await get()).comments[0]?.responseText).toBe('Xin tiếp thu, sẽ khắc phục trong quý tới.');
  expect((await get()).comments[0].responseKind).toBe('tiep_thu');
  await lookAtScreen(page, 'live-gop-y');
  await page.getByRole('button', { name: 'Xoá góp ý thứ 1' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xoá góp ý' }).click();
  await expect.poll(async () => (await get()).comments.length).toBe(0);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  // The comment comes back with its response.
  await expect.poll(async () => (await get()).comments.map((c) => c.responseKind)).toEqual(['tiep_thu']);

  // ---- The presenter window, with axe ----
  await presenter.bringToFront();
  await expect(presenter.locator('[data-presenter]')).toContainText('Góp ý');
  await lookAt(presenter, 'live-presenter');
});
