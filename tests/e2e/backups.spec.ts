// Backups end to end: take one from settings, damage the database file while the app is stopped,
// restart — the recovery screen offers the backup — restore, and the data is back. Also a restore
// from settings in a running app. Screens go to test-results/screens (backups-*).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { callApi } from './support/api';
import { lookAt } from './support/look';
import { appServerPerFile } from './support/server';

const server = appServerPerFile();

const CELL = {
  name: 'Chi bộ Khu phố 7',
  higherBody: 'Đảng bộ phường Tân Định',
  placeName: 'Thành phố Hồ Chí Minh',
  termStartYear: 2025,
  termEndYear: 2030,
};

test('backup from settings, damaged file, recovery screen, restore, data back', async ({ page }) => {
  const cell = await callApi<{ id: string }>(page, server.url, 'cell.create', CELL);
  for (const fullName of ['Nguyễn Thị Lan', 'Trần Văn Bình', 'Lê Hoàng Nam']) {
    await callApi(page, server.url, 'member.create', { cellId: cell.id, fullName, status: 'chinh_thuc', partyRole: 'dang_vien' });
  }

  // Settings → backups: take one now; the list shows what it holds.
  await page.goto(`${server.url}/#/cells/${cell.id}`);
  await page.getByRole('navigation').getByRole('link', { name: 'Sao lưu dữ liệu', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sao lưu dữ liệu', level: 1 })).toBeVisible();
  await expect(page.getByText('Chưa có bản sao lưu nào.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('status').getByText(/^Đã sao lưu lúc/)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Sao lưu thủ công' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('1 chi bộ, 3 đảng viên, 0 diễn đàn');
  await lookAt(page, 'backups-01-settings');

  // More work after the backup, which the restore will not bring back.
  await callApi(page, server.url, 'member.create', { cellId: cell.id, fullName: 'Phạm Minh Tâm', status: 'du_bi', partyRole: 'dang_vien' });

  // Quit, damage the database file (as a failing disk would), start again.
  await server.stop();
  const dataFile = path.join(server.dataDir, 'tu-soi.sqlite3');
  const fd = fs.openSync(dataFile, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
  fs.closeSync(fd);
  await server.restart();

  // The recovery screen, not a crash: it offers the backup, newest first, with what it holds.
  await page.goto(`${server.url}/`);
  await expect(page.getByRole('heading', { name: 'Dữ liệu bị hỏng: hãy khôi phục từ bản sao lưu', level: 1 })).toBeVisible();
  await expect(page.getByText(/bị hỏng hoặc không phải dữ liệu của Tự soi/)).toBeVisible();
  await expect(page.getByText('Mới nhất')).toBeVisible();
  await expect(page.getByText(/Sao lưu thủ công · 1 chi bộ, 3 đảng viên, 0 diễn đàn/)).toBeVisible();
  await lookAt(page, 'backups-02-recovery');

  await page.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Khôi phục bản sao lưu này?' });
  await expect(dialog.getByTestId('restore-preview')).toContainText('1 chi bộ, 3 đảng viên, 0 diễn đàn');
  await lookAt(page, 'backups-03-recovery-confirm');
  await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();

  // The normal app comes back with the data of the backup.
  await expect(page.getByRole('heading', { name: CELL.name, level: 1 })).toBeVisible();
  const members = await callApi<{ fullName: string }[]>(page, server.url, 'member.list', { cellId: cell.id, includeLeft: true });
  expect(members.map((m) => m.fullName).sort()).toEqual(['Lê Hoàng Nam', 'Nguyễn Thị Lan', 'Trần Văn Bình']);
  // The damaged file is kept beside, not deleted.
  expect(fs.readdirSync(server.dataDir).some((name) => name.startsWith('tu-soi.sqlite3.hong-'))).toBe(true);

  // And after another restart, the restored data is what opens.
  await server.restart();
  await page.goto(`${server.url}/#/cells/${cell.id}/members`);
  await expect(page.getByRole('table', { name: 'Danh sách đảng viên' }).getByRole('row')).toHaveCount(1 + 3);
});

test('restore from settings in the running app, with a safety backup of what was there', async ({ page }) => {
  const [first] = await callApi<{ id: string }[]>(page, server.url, 'cell.list', {});
  await page.goto(`${server.url}/#/settings/backups`);
  await expect(page.getByRole('heading', { name: 'Sao lưu dữ liệu', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('status').getByText(/^Đã sao lưu lúc/)).toBeVisible();

  // A change after the backup, then restore the backup just taken.
  await callApi(page, server.url, 'cell.create', { ...CELL, name: 'Chi bộ tạo sau khi sao lưu' });
  await page.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Khôi phục bản sao lưu?' });
  await expect(dialog).toContainText('Trước khi khôi phục');
  await expect(dialog.getByTestId('restore-preview')).toContainText('1 chi bộ, 3 đảng viên');
  await lookAt(page, 'backups-04-settings-confirm');
  await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByRole('status').getByText(/^Đã khôi phục dữ liệu về lúc/)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Trước khi khôi phục' })).toContainText('2 chi bộ');
  const cells = await callApi<{ id: string; name: string }[]>(page, server.url, 'cell.list', {});
  expect(cells.map((c) => c.id)).toEqual([first!.id]);

  // Keep count: out of range is refused in Vietnamese; a valid one is saved.
  const keep = page.getByRole('textbox', { name: 'Số bản giữ lại' });
  await keep.fill('1');
  await page.getByRole('button', { name: 'Lưu số bản giữ lại' }).click();
  await expect(page.getByText('«Số bản sao lưu giữ lại» phải từ 2 đến 200.')).toBeVisible();
  await keep.fill('5');
  await page.getByRole('button', { name: 'Lưu số bản giữ lại' }).click();
  await expect(page.getByText('Đã lưu: giữ lại 5 bản sao lưu gần nhất.')).toBeVisible();
  await lookAt(page, 'backups-05-settings-after-restore');
});
