// Search (issue 5) at 1366×768 on the sample cell plus a second cell of our own: Ctrl+F opens the
// screen from anywhere, diacritic-free queries ("nguyen", "duc") find Vietnamese text and mark the
// matched words, the filters (cell, member, indicator, kind, date) narrow the list, an empty or
// punctuation-only query shows a hint, and a result opens its forum. Screens in
// test-results/screens/search-*, checked with axe.
import { expect, test, type Page } from '@playwright/test';
import { callApi } from './support/api';
import { lookAt } from './support/look';
import { appServerPerFile } from './support/server';

test.use({ actionTimeout: 15_000 });

const server = appServerPerFile();

const api = <T>(page: Page, method: string, input: unknown): Promise<T> => callApi<T>(page, server.url, method, input);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

async function setUp(page: Page) {
  const sample = await api<{ id: string; name: string }>(page, 'sample.open', {});
  const other = await api<{ id: string; name: string }>(page, 'cell.create', {
    name: 'Chi bộ Trường THPT Lê Lợi', higherBody: 'Đảng bộ phường Long Xuyên', placeName: 'Long Xuyên', termStartYear: 2025, termEndYear: 2030,
  });
  const hanh = await api<{ id: string }>(page, 'member.create', { cellId: other.id, fullName: 'Nguyễn Thị Hạnh', status: 'chinh_thuc', partyRole: 'bi_thu' });
  const duc = await api<{ id: string }>(page, 'member.create', { cellId: other.id, fullName: 'Trương Đức Lộc', status: 'chinh_thuc', partyRole: 'dang_vien' });
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: other.id, topic: 'Sinh hoạt chuyên đề tự soi, tự sửa quý IV năm 2026', date: '2026-11-20', startTime: '14:00', focus: [5, 9],
  });
  await api(page, 'comment.add', {
    forumId: forum.id, fromMemberId: hanh.id, targetKind: 'member', targetMemberId: duc.id, indicatorNo: 9,
    text: 'Đồng chí Đức cần nghiên cứu kỹ văn bản trước khi phát biểu; tôi, Nguyễn Thị Hạnh, sẵn sàng trao đổi thêm.',
  });
  return { sample, other, forum };
}

async function marks(page: Page): Promise<string[]> {
  return page.locator('[data-testid="search-hit"] mark').allInnerTexts();
}

test('search finds Vietnamese words typed without diacritics, marks them, filters and opens the forum', async ({ page }) => {
  const { sample, other, forum } = await setUp(page);
  await page.goto(`${server.url}/#/cells/${sample.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Ctrl+F from the cell's home opens the search screen with the cursor in the box.
  await page.keyboard.press('Control+f');
  await expect(page).toHaveURL(/#\/search/);
  const box = page.getByRole('searchbox', { name: 'Từ khoá tìm kiếm' });
  await expect(box).toBeFocused();

  // Nothing typed: the screen says what to do.
  await expect(page.getByText('Gõ vài từ cần tìm')).toBeVisible();
  await lookAt(page, 'search-empty');

  // "nguyen" finds Nguyễn in both cells; every mark folds to nguyen…
  await box.fill('nguyen');
  await expect(page.getByRole('status')).toHaveText(/\d+ kết quả/);
  await expect(page.locator('[data-testid="search-hit"]').first()).toBeVisible();
  let marked = await marks(page);
  expect(marked.length).toBeGreaterThan(0);
  expect(marked.every((m) => fold(m).startsWith('nguyen'))).toBe(true);
  expect(marked).toContain('Nguyễn');
  await expect(page.locator('[data-testid="search-hit"]', { hasText: 'Chi bộ Trường THPT Lê Lợi' })).toHaveCount(1);
  await expect(page.locator('[data-testid="search-hit"]', { hasText: 'Chi bộ Văn phòng' }).first()).toBeVisible();
  // The mark is drawn: a yellow background behind the word.
  const background = await page.locator('[data-testid="search-hit"] mark').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');

  // …and "duc" finds Đức (đ is folded too, not only the tones).
  await box.fill('duc');
  await expect.poll(async () => (await marks(page)).includes('Đức')).toBe(true);
  marked = await marks(page);
  expect(marked.every((m) => fold(m).startsWith('duc'))).toBe(true);
  await lookAt(page, 'search-duc');

  // Filters: the second cell only, then one member, then an indicator, then dates.
  await page.getByLabel('Chi bộ', { exact: true }).selectOption({ label: other.name });
  await expect(page.getByRole('status')).toHaveText('1 kết quả');
  const hit = page.locator('[data-testid="search-hit"]');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('Nguyễn Thị Hạnh góp ý Trương Đức Lộc');
  await expect(hit).toContainText('Biểu hiện (9)');
  await page.getByLabel('Đảng viên', { exact: true }).selectOption({ label: 'Trương Đức Lộc' });
  await expect(hit).toHaveCount(1);
  await page.getByLabel('Biểu hiện', { exact: true }).selectOption({ index: 5 }); // (5): nothing about Đức there
  await expect(page.getByText('Không tìm thấy kết quả nào')).toBeVisible();
  await page.getByLabel('Biểu hiện', { exact: true }).selectOption({ index: 9 });
  await expect(hit).toHaveCount(1);
  await page.getByLabel('Từ ngày').fill('21/11/2026');
  await expect(page.getByText('Không tìm thấy kết quả nào')).toBeVisible();
  await page.getByLabel('Từ ngày').fill('20/11/2026');
  await expect(hit).toHaveCount(1);
  await page.getByLabel('Đến ngày').fill('31/02/2026');
  await expect(page.getByText('Ngày chưa đúng; hãy gõ như 15/9/2026.')).toBeVisible();
  await lookAt(page, 'search-filters');

  // Bỏ lọc brings every cell back; a query of punctuation only gets a hint, not an error.
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect(page.locator('[data-testid="search-hit"]', { hasText: 'Chi bộ Văn phòng' }).first()).toBeVisible();
  await box.fill('?!… --');
  await expect(page.getByText('Từ khoá chỉ có dấu câu hoặc ký hiệu')).toBeVisible();

  // A phrase in quotes, then the result opens its forum.
  await box.fill('"nghien cuu ky van ban"');
  await expect(hit).toHaveCount(1);
  expect(await marks(page)).toEqual(['nghiên cứu kỹ văn bản']);
  await hit.getByRole('link', { name: 'Mở buổi sinh hoạt' }).click();
  await expect(page).toHaveURL(new RegExp(`#/cells/${other.id}/forums/${forum.id}/live`));
  // Back returns to the same query.
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Từ khoá tìm kiếm' })).toHaveValue('"nghien cuu ky van ban"');
});
