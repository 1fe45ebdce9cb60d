// Moving a cell between laptops through the screens: two browser-mode servers on two data folders.
// Laptop A opens the sample cell (members, a held forum with its whole record) and exports it from
// the cell home ("Xuất dữ liệu chi bộ", a .tusoi download). Laptop B, on its welcome screen, imports
// the file ("Nhập dữ liệu từ máy khác": preview with counts per kind, then import) and lands on the
// cell; both databases are then compared row by row. Importing the same file again changes nothing.
// After a member is renamed differently on each laptop, the next import lists the conflict, stays
// disabled until the user ticks to keep B's version, and never writes over it.
// Screens in test-results/screens/transfer-*.
import BetterSqlite3 from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi } from './support/api';
import { lookAt } from './support/look';
import { startAppServer, type AppServer } from './support/server';

test.use({ actionTimeout: 15_000 });

let a: AppServer;
let b: AppServer;
let dir: string;
test.beforeAll(async () => {
  a = await startAppServer();
  b = await startAppServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-transfer-'));
});
test.afterAll(async () => {
  await a?.stop();
  await b?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The cell's rows in every transferred table, read from the server's database file. */
function cellRows(server: AppServer, cellId: string) {
  const db = new BetterSqlite3(path.join(server.dataDir, 'tu-soi.sqlite3'), { readonly: true });
  try {
    const q = (text: string) => db.prepare(text).all({ cell: cellId }) as Record<string, unknown>[];
    const forums = '(SELECT id FROM forums WHERE cell_id = @cell)';
    return {
      members: q('SELECT * FROM members WHERE cell_id = @cell ORDER BY id'),
      forums: q('SELECT f.*, c.code AS cat_code, c.version AS cat_version FROM forums f JOIN catalogues c ON c.id = f.catalogue_id WHERE cell_id = @cell ORDER BY f.id')
        .map(({ catalogue_id: _id, ...rest }) => rest),
      attendance: q(`SELECT * FROM attendance WHERE forum_id IN ${forums} ORDER BY forum_id, member_id`),
      forum_texts: q(`SELECT * FROM forum_texts WHERE forum_id IN ${forums} ORDER BY forum_id, kind, subject`),
      self_reviews: q(`SELECT * FROM self_reviews WHERE forum_id IN ${forums} ORDER BY forum_id, subject, indicator_no`),
      comments: q(`SELECT * FROM comments WHERE forum_id IN ${forums} ORDER BY id`),
      phase_log: q(`SELECT * FROM forum_phase_log WHERE forum_id IN ${forums} ORDER BY forum_id, seq`),
      action_items: q('SELECT * FROM action_items WHERE cell_id = @cell ORDER BY id'),
    };
  } finally {
    db.close();
  }
}

async function importThroughScreen(page: Page, file: string) {
  await page.getByRole('button', { name: 'Nhập dữ liệu từ máy khác' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu từ máy khác' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Chọn tệp .tusoi' }).click();
  await (await chooser).setFiles(file);
  await expect(dialog.getByRole('table', { name: 'Số mục theo từng loại' })).toBeVisible();
  return dialog;
}

test('transfer: export a cell on one laptop, import it on another, compare, import again, and a conflict', async ({ page }) => {
  const sample = await callApi<{ id: string; name: string }>(page, a.url, 'sample.open', {});
  const cellId = sample.id;

  // Laptop A: export from the cell home.
  await page.goto(`${a.url}/#/cells/${cellId}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất dữ liệu chi bộ' }).click();
  const file = path.join(dir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(path.basename(file)).toMatch(/^Tu-soi-Chi-bo-Van-phong-\d{4}-\d{2}-\d{2}\.tusoi$/);
  await expect(page.getByRole('status').filter({ hasText: 'Đã xuất tệp' })).toBeVisible();

  // Laptop B: a first run; import from the welcome screen.
  await page.goto(`${b.url}/#/`);
  await expect(page.getByText('Đã dùng Tự soi trên máy khác?')).toBeVisible();
  let dialog = await importThroughScreen(page, file);
  await expect(dialog.getByRole('heading', { name: `Toàn bộ dữ liệu của ${sample.name}` })).toBeVisible();
  await expect(dialog.getByText('Chi bộ này chưa có trên máy: sẽ được thêm mới.')).toBeVisible();
  const membersRow = dialog.getByRole('row').filter({ hasText: 'Đảng viên' }).first();
  const allOnA = await callApi<unknown[]>(page, a.url, 'member.list', { cellId, includeLeft: true });
  await expect(membersRow.getByRole('cell').nth(1)).toHaveText(String(allOnA.length));
  await lookAt(page, 'transfer-1-preview-new-cell');
  await dialog.getByRole('button', { name: /^Nhập \d+ thay đổi$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/cells/${cellId}$`));
  await expect(page.getByRole('heading', { level: 1, name: sample.name })).toBeVisible();
  expect(cellRows(b, cellId)).toEqual(cellRows(a, cellId));
  expect(cellRows(b, cellId).comments.length).toBeGreaterThan(0);

  // The same file again: nothing to do.
  dialog = await importThroughScreen(page, file);
  await expect(dialog.getByText('Máy này đã có đủ mọi thứ trong tệp: nhập sẽ không thay đổi gì.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Không có gì để nhập' })).toBeDisabled();
  await lookAt(page, 'transfer-2-preview-nothing-to-do');
  await dialog.getByRole('button', { name: 'Huỷ' }).click();

  // A member renamed differently on each laptop: a conflict, never written over.
  type M = { id: string; version: number; fullName: string; birthYear: number | null; status: string; partyRole: string; otherPositions: string; exempt: boolean; active: boolean };
  const onA = (await callApi<M[]>(page, a.url, 'member.list', { cellId })).find((m) => m.partyRole === 'dang_vien' && m.active)!;
  const rename = (m: M, fullName: string) => ({ id: m.id, version: m.version, fullName, birthYear: m.birthYear, status: m.status, partyRole: m.partyRole, otherPositions: m.otherPositions, exempt: m.exempt, active: m.active });
  await callApi(page, a.url, 'member.update', rename(onA, `${onA.fullName} (máy A)`));
  await callApi(page, b.url, 'member.update', rename(onA, `${onA.fullName} (máy B)`));
  // And a new member on A, which B should take.
  await callApi(page, a.url, 'member.create', { cellId, fullName: 'Ngô Thị Ánh', birthYear: 1994, status: 'du_bi', partyRole: 'dang_vien' });
  const second = await callApi<{ fileName: string; base64: string }>(page, a.url, 'transfer.export', { cellId });
  const secondFile = path.join(dir, `lan-2-${second.fileName}`);
  fs.writeFileSync(secondFile, Buffer.from(second.base64, 'base64'));
  dialog = await importThroughScreen(page, secondFile);
  await expect(dialog.getByText('1 mục xung đột')).toBeVisible();
  const conflicts = dialog.getByRole('table', { name: 'Danh sách mục xung đột' });
  await expect(conflicts).toContainText(`Đồng chí ${onA.fullName} (máy A)`);
  await expect(conflicts).toContainText('Cùng phiên bản 2 nhưng nội dung khác nhau');
  const submit = dialog.getByRole('button', { name: 'Nhập 1 thay đổi' });
  await expect(submit).toBeDisabled();
  await lookAt(page, 'transfer-3-preview-conflict');
  await dialog.getByRole('checkbox', { name: /giữ bản trên máy này/ }).check();
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập 1 thay đổi; giữ nguyên 1 mục xung đột trên máy này.' })).toBeVisible();
  const namesOnB = (await callApi<M[]>(page, b.url, 'member.list', { cellId })).map((m) => m.fullName);
  expect(namesOnB).toContain(`${onA.fullName} (máy B)`);
  expect(namesOnB).toContain('Ngô Thị Ánh');
  expect(namesOnB).not.toContain(`${onA.fullName} (máy A)`);
  await lookAt(page, 'transfer-4-imported-with-conflict-kept');

  // One forum from its page on A: B already has all of it; only the member renamed on both laptops
  // (the forum's file carries the cell's members) is still a conflict, and it stays B's.
  const [forum] = await callApi<{ id: string; topic: string }[]>(page, a.url, 'forum.list', { cellId });
  await page.goto(`${a.url}/#/cells/${cellId}/forums/${forum.id}`);
  const forumDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất buổi sinh hoạt' }).click();
  const forumFile = path.join(dir, (await forumDownload).suggestedFilename());
  await (await forumDownload).saveAs(forumFile);
  expect(path.basename(forumFile)).toMatch(/^Tu-soi-Chi-bo-Van-phong-sinh-hoat-\d{4}-\d{2}-\d{2}\.tusoi$/);
  await page.goto(`${b.url}/#/cells/${cellId}`);
  dialog = await importThroughScreen(page, forumFile);
  await expect(dialog.getByRole('heading', { name: /^Buổi sinh hoạt «/ })).toContainText(forum.topic.slice(0, 30));
  await expect(dialog.getByText('1 mục xung đột')).toBeVisible();
  await expect(dialog.getByRole('row').filter({ hasText: 'Buổi sinh hoạt' }).getByRole('cell').nth(3)).toHaveText('1');
  await expect(dialog.getByRole('button', { name: 'Không có gì để nhập' })).toBeDisabled();
  await lookAt(page, 'transfer-5-forum-preview');
});
