// The self-review matrix of a 60-member cell over all 27 indicators: only the rows in view are in
// the DOM (1 647 cells painted on every frame made typing slow), yet the keyboard reaches every row
// (Ctrl+End, Page Up, Ctrl+Home), the focus never drops out of the grid, scrolling never shows a
// blank, and a level typed on the last row is saved.
import { expect, test, type Page } from '@playwright/test';
import { callApi } from './support/api';
import { lookAt } from './support/look';
import { appServerPerFile } from './support/server';

const server = appServerPerFile();

const MEMBERS = 60;
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm'];

interface Live {
  reviewOrder: string[];
  members: { id: string; fullName: string }[];
  selfReviews: { subject: string; indicatorNo: number; assessment: string | null }[];
}

const api = <T>(page: Page, method: string, input: unknown): Promise<T> => callApi<T>(page, server.url, method, input);

/** The focused element's grid position, or null when the focus is not on a cell. */
const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el.getAttribute('role') !== 'gridcell') return null;
    return { row: Number(el.dataset.r), col: Number(el.dataset.c), label: el.getAttribute('aria-label') ?? '' };
  });

test('a 60 × 27 matrix renders the rows in view and the keyboard reaches every row', async ({ page }) => {
  const cell = await api<{ id: string }>(page, 'cell.create', {
    name: 'Chi bộ Khối cơ quan phường An Khánh', higherBody: 'Đảng bộ phường An Khánh', placeName: 'An Khánh', termStartYear: 2025, termEndYear: 2030,
  });
  const ids: string[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    const fullName = `${FAMILY[i % 4]} ${MIDDLE[(i >> 2) % 4]} ${GIVEN[i % GIVEN.length]}${i >= GIVEN.length ? ` ${Math.floor(i / GIVEN.length) + 1}` : ''}`;
    const member = await api<{ id: string }>(page, 'member.create', { cellId: cell.id, fullName, status: i % 9 === 8 ? 'du_bi' : 'chinh_thuc', partyRole: i === 0 ? 'bi_thu' : 'dang_vien' });
    ids.push(member.id);
  }
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id, topic: 'Tự soi, tự sửa năm 2026', date: '2026-12-10', startTime: '14:00', chairMemberId: ids[0],
    focus: Array.from({ length: 27 }, (_, i) => i + 1),
  });
  const forumId = forum.id;
  for (const id of ids) await api(page, 'live.setAttendance', { forumId, memberId: id, presence: 'present', reason: '' });
  await api(page, 'live.setRoles', { forumId, chairMemberId: ids[0], secretaryMemberId: ids[1] });
  for (const phase of ['khai_mac', 'de_dan', 'tu_soi']) await api(page, 'live.setPhase', { forumId, phase });
  const live = await api<Live>(page, 'live.get', { forumId });
  const rows = live.reviewOrder.length; // the collective first, then the 60 members
  expect(rows).toBe(MEMBERS + 1);

  await page.goto(`${server.url}/#/cells/${cell.id}/forums/${forumId}/live`);
  await page.getByRole('tab', { name: 'Bảng tổng hợp' }).click();
  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('aria-rowcount', String(rows + 2));
  await expect(page.getByText(`${rows * 27}/${rows * 27} ô trống`)).toBeVisible();
  // Only a window of rows is in the DOM, and it covers the visible part of the scroller.
  const rendered = await grid.getByRole('row').count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(40);

  // Ctrl+End: the last member's last indicator, focused although its row was not rendered before.
  await grid.getByRole('gridcell').first().focus();
  await page.keyboard.press('Control+End');
  const lastName = live.members.find((m) => m.id === live.reviewOrder[rows - 1])!.fullName;
  await expect.poll(() => focusedCell(page)).toEqual({ row: rows - 1, col: 26, label: `${lastName}, biểu hiện 27: còn trống` });
  await page.keyboard.press('3');
  await expect
    .poll(async () => (await api<Live>(page, 'live.get', { forumId })).selfReviews.find((r) => r.subject === live.reviewOrder[rows - 1] && r.indicatorNo === 27)?.assessment)
    .toBe('co_bieu_hien');

  // Page Up twice moves 20 rows up; the focus stays on a cell the whole way.
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect.poll(async () => (await focusedCell(page))?.row).toBe(rows - 21);
  await page.keyboard.press('Control+Home');
  await expect.poll(async () => (await focusedCell(page))?.row).toBe(0);

  // Scrolled to the middle: the rows under the scroller's centre are real rows, not a blank.
  const scroller = grid.locator('xpath=../..'); // the table sits in a grid stack with the name column
  const box = (await scroller.boundingBox())!;
  const rowAtCentre = () =>
    page.evaluate(([x, y]) => Number(document.elementFromPoint(x, y)?.closest('tr[role="row"]')?.getAttribute('aria-rowindex') ?? 0), [box.x + box.width / 2, box.y + box.height / 2]);
  await scroller.evaluate((el) => el.scrollTo({ top: 1200 }));
  // Row 1200 / 38 ≈ 31 at the top edge, a few more at the centre; aria-rowindex counts the 2 head rows.
  await expect.poll(rowAtCentre).toBeGreaterThan(30);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 600);
  await expect.poll(rowAtCentre).toBeGreaterThan(45);
  await lookAt(page, 'live-matrix-60-scrolled');

  // Scrolled sideways: the names stay at the left, each on its own row (the name column is drawn
  // over the rows' header cells, so what is seen there must be the row's own name).
  await scroller.evaluate((el) => el.scrollBy({ left: 400 }));
  const namesSeen = await page.evaluate(([x]) => {
    const out: { seen: string; row: string }[] = [];
    for (const th of document.querySelectorAll<HTMLElement>('th[role="rowheader"]')) {
      const rect = th.getBoundingClientRect();
      const y = rect.top + rect.height / 2;
      const scroller = th.closest('table')!.parentElement!.parentElement!.getBoundingClientRect(); // table → stack → scroller
      if (y < scroller.top + 80 || y > scroller.bottom - 5) continue; // under the head or out of view
      out.push({ seen: document.elementFromPoint(x, y)?.textContent ?? '', row: th.textContent ?? '' });
    }
    return out;
  }, [box.x + 40]);
  expect(namesSeen.length).toBeGreaterThan(5);
  for (const { seen, row } of namesSeen) expect(seen).toBe(row);
  await lookAt(page, 'live-matrix-60-sideways');
});
