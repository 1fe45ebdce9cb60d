// The documents of a held forum, as the secretary uses them at 1366×768: the sample cell's held
// forum drafts its resolution from the record; record the vote (the arithmetic in words), a
// reserved opinion, edit a section and see it in the A4 preview, export DOCX and the print view,
// adopt (number and lock), amend; the minutes, the plan (XLSX) and the report. Also: ending a
// meeting from the Kết luận step lands on its documents. Every tab is photographed and checked with axe.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { lookAt, SCREENS_DIR } from './support/look';
import { callApi } from './support/api';
import { lookAtDocuments as look, previewOf as preview, saveDownload } from './support/documents';
import { appServerPerFile } from './support/server';

const server = appServerPerFile();

const api = <T>(page: Page, method: string, input: unknown): Promise<T> => callApi<T>(page, server.url, method, input);

interface LiveMember {
  id: string;
  fullName: string;
  status: 'chinh_thuc' | 'du_bi';
  presence: string | null;
}

async function heldForum(page: Page): Promise<{ cellId: string; forumId: string; members: LiveMember[] }> {
  const cell = await api<{ id: string }>(page, 'sample.open', {});
  const forums = await api<{ id: string; status: string }[]>(page, 'forum.list', { cellId: cell.id });
  const held = forums.find((f) => f.status === 'closed');
  if (!held) throw new Error('the sample cell has no held forum');
  const live = await api<{ members: LiveMember[] }>(page, 'live.get', { forumId: held.id });
  return { cellId: cell.id, forumId: held.id, members: live.members };
}

const savedBytes = async (download: Parameters<typeof saveDownload>[0]): Promise<Buffer> => fs.readFileSync(await saveDownload(download));

test('the secretary votes, edits, previews, exports and adopts the documents of the held forum', async ({ page }) => {
  test.setTimeout(180_000); // six screens checked with axe, on a machine that may be busy
  const { cellId, forumId, members } = await heldForum(page);
  const eligible = members.filter((m) => m.status === 'chinh_thuc' && m.presence === 'present');
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  // In from the held forum's page.
  await page.goto(`${server.url}/#/cells/${cellId}/forums/${forumId}`);
  await page.getByRole('link', { name: /^Văn bản của buổi sinh hoạt/ }).click();
  await expect(page.getByRole('tab', { name: 'Nghị quyết', selected: true })).toBeVisible();
  await expect(page.getByText('Bản dự thảo', { exact: true }).first()).toBeVisible();
  // The preview is the print view in a sandboxed frame, drafted from the record.
  await expect(preview(page).getByText('NGHỊ QUYẾT', { exact: true })).toBeVisible();
  await expect(preview(page).getByText('DỰ THẢO')).toBeVisible();
  await expect(page.locator('[data-testid="document-preview"] iframe')).toHaveAttribute('sandbox', 'allow-same-origin');
  // Not voted yet: adoption waits for the vote, and says so.
  const adoptNq = page.getByRole('button', { name: 'Thông qua nghị quyết', exact: true });
  await expect(adoptNq).toBeDisabled();
  await expect(page.getByText(/Chưa thông qua được: Chưa biểu quyết nghị quyết/)).toBeVisible();
  await expect(page.getByText(`Đảng viên chính thức có mặt (được biểu quyết): ${eligible.length}`)).toBeVisible();
  await look(page, 'docs-nq-draft');

  // The vote: all but one for, one against; the core's arithmetic shows in green.
  const vote = page.getByRole('region', { name: 'Biểu quyết nghị quyết' });
  await vote.getByLabel('Tán thành', { exact: true }).fill(String(eligible.length - 1));
  await vote.getByLabel('Không tán thành', { exact: true }).fill('1');
  await vote.getByLabel('Không biểu quyết', { exact: true }).fill('0');
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(vote.getByText('Nghị quyết được thông qua')).toBeVisible();
  await expect(vote.getByText(new RegExp(`Tán thành ${eligible.length - 1}, không tán thành 1, không biểu quyết 0`))).toBeVisible();
  await expect(adoptNq).toBeEnabled();

  // The one against keeps a reserved opinion.
  const dissenter = eligible.at(-1)!;
  await vote.getByLabel('Đảng viên bảo lưu').click();
  await page.getByRole('option', { name: dissenter.fullName }).click();
  await vote.getByLabel('Nội dung ý kiến bảo lưu').fill('Đề nghị bổ sung thời hạn cụ thể cho từng nhiệm vụ.');
  await vote.getByRole('button', { name: 'Ghi ý kiến bảo lưu' }).click();
  await expect(vote.getByText('Đề nghị bổ sung thời hạn cụ thể cho từng nhiệm vụ.')).toBeVisible();
  await vote.screenshot({ path: path.join(SCREENS_DIR, 'docs-nq-vote.png') });

  // Edit a section: a sentence at the end of "Ưu điểm"; saved, marked, and in the preview.
  const editor = page.getByRole('textbox', { name: /^Nội dung mục .*Ưu điểm/ });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Chi bộ thống nhất cao với nội dung nghị quyết.');
  await expect(page.getByText('Đã lưu').first()).toBeVisible();
  const section = page.getByRole('region', { name: /Ưu điểm/ });
  await expect(section.getByText('Đã sửa tay')).toBeVisible();
  await expect(preview(page).getByText('Chi bộ thống nhất cao với nội dung nghị quyết.')).toBeVisible();
  // Bold through the toolbar, kept across a reload.
  await page.keyboard.press('Shift+Home');
  await section.getByRole('button', { name: /^Chữ đậm/ }).click();
  await expect(section.getByRole('button', { name: /^Chữ đậm/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(editor.locator('strong', { hasText: 'Chi bộ thống nhất cao' })).toBeVisible();
  // Alignment and first-line indent from the toolbar: centred, not indented, in the editor and the preview.
  await section.getByRole('button', { name: 'Căn giữa' }).click();
  await expect(section.getByRole('button', { name: 'Căn giữa' })).toHaveAttribute('aria-pressed', 'true');
  await expect(section.getByRole('button', { name: 'Căn đều hai bên' })).toHaveAttribute('aria-pressed', 'false');
  await section.getByRole('button', { name: 'Thụt đầu dòng' }).click();
  await expect(section.getByRole('button', { name: 'Thụt đầu dòng' })).toHaveAttribute('aria-pressed', 'false');
  const added = editor.locator('p', { hasText: 'Chi bộ thống nhất cao' });
  await expect(added).toHaveAttribute('style', /text-align: ?center/);
  await expect(added).toHaveAttribute('data-indent', 'false');
  const printed = preview(page).locator('p', { hasText: 'Chi bộ thống nhất cao với nội dung nghị quyết.' });
  await expect(printed).toHaveCSS('text-align', 'center');
  await expect(printed).toHaveCSS('text-indent', '0px');
  await section.screenshot({ path: path.join(SCREENS_DIR, 'docs-nq-section-editing.png') });
  await page.locator('main').getByRole('heading', { level: 1 }).click();
  await expect(page.getByText('Đã lưu').first()).toBeVisible();
  await page.reload();
  await expect(editor.locator('strong', { hasText: 'Chi bộ thống nhất cao' })).toBeVisible();
  const stored = await api<{ current: { sections: { title: string; blocks: { kind: string; align?: string; indent?: boolean; runs?: { text: string }[] }[] }[] } }>(
    page, 'document.get', { forumId, typeCode: 'NQ' },
  );
  const kept = stored.current.sections.find((x) => /Ưu điểm/.test(x.title))!.blocks.find((b) => b.runs?.some((r) => r.text.includes('Chi bộ thống nhất cao')));
  expect(kept).toMatchObject({ kind: 'paragraph', align: 'center', indent: false });
  // The preview is laid out in A4 pages.
  await expect(page.locator('[data-preview-pages]')).toHaveText(/ · \d+ trang$/);
  await expect(preview(page).locator('b', { hasText: 'Chi bộ thống nhất cao với nội dung nghị quyết.' })).toBeVisible();

  // Two writers on one section: someone else saves "Nguyên nhân" while the secretary types in it.
  // Both texts are shown; keeping mine saves it over theirs.
  const causeEditor = page.getByRole('textbox', { name: /^Nội dung mục .*Nguyên nhân/ });
  const cause = page.getByRole('region', { name: /Nguyên nhân/ });
  const doc = await api<{ current: { version: number; sections: { key: string; title: string }[] } }>(page, 'document.get', { forumId, typeCode: 'NQ' });
  const causeKey = doc.current.sections.find((x) => /Nguyên nhân/.test(x.title))!.key;
  await causeEditor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Thư ký bổ sung.');
  await api(page, 'document.saveSection', {
    forumId, typeCode: 'NQ', key: causeKey, baseVersion: doc.current.version,
    blocks: [{ kind: 'paragraph', runs: [{ text: 'Nguyên nhân do đồng chí Phó Bí thư viết lại.' }] }],
  });
  await expect(cause.getByRole('alert')).toContainText('Nội dung này vừa được sửa ở nơi khác');
  await expect(cause.getByRole('alert')).toContainText('Nguyên nhân do đồng chí Phó Bí thư viết lại.');
  await expect(cause.getByRole('alert')).toContainText('Thư ký bổ sung.');
  await cause.screenshot({ path: path.join(SCREENS_DIR, 'docs-nq-conflict.png') });
  await cause.getByRole('button', { name: 'Giữ bản của tôi' }).click();
  await expect(cause.getByRole('alert')).toHaveCount(0);
  await expect(cause.getByText('Đã lưu')).toBeVisible();
  await expect(preview(page).getByText(/Thư ký bổ sung\./)).toBeVisible();

  // DOCX of the draft: a zip (PK), named as a draft.
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải DOCX' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/^Du-thao-Nghi-quyet-.*\.docx$/);
  expect((await savedBytes(docx)).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByText(`Đã tải tệp ${docx.suggestedFilename()}.`)).toBeVisible();

  // PDF: the print view in a frame that runs no script, with the print dialog opened on it.
  await page.getByRole('button', { name: 'In / PDF' }).click();
  const printFrame = page.locator('#tusoi-print-frame');
  await expect(printFrame).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');
  await expect(page.frameLocator('#tusoi-print-frame').getByText('NGHỊ QUYẾT', { exact: true })).toBeAttached();
  await expect(page.getByText('Đã mở hộp thoại in.')).toBeVisible();

  // Adopt: numbered, locked, the editors read-only.
  await adoptNq.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Thông qua và cấp số' }).click();
  await expect(page.getByTestId('document-number')).toHaveText('Số 01-NQ/CB');
  await expect(page.getByText('Đã khoá', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Nội dung mục/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Soạn lại từ biên bản' })).toHaveCount(0);
  await expect(preview(page).getByText('DỰ THẢO')).toHaveCount(0);
  await expect(preview(page).getByText(/Số 01-NQ\/CB/)).toBeVisible();
  await look(page, 'docs-nq-adopted');

  // An amendment: a new draft version from the adopted one; version 1 stays viewable.
  await page.getByRole('button', { name: 'Tạo bản sửa đổi' }).click();
  const amend = page.getByRole('dialog', { name: 'Tạo bản sửa đổi' });
  await amend.getByLabel('Người sửa đổi').fill('Nguyễn Văn Đức, Bí thư');
  await amend.getByLabel('Lý do sửa đổi').fill('Bổ sung nhiệm vụ theo ý kiến của Đảng ủy phường');
  await amend.getByRole('button', { name: 'Tạo bản sửa đổi' }).click();
  await expect(page.getByText('Đã tạo bản sửa đổi. Hãy sửa nội dung rồi thông qua lại.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Nội dung mục/ }).first()).toBeVisible();
  const versions = page.getByRole('table', { name: 'Các phiên bản của văn bản' });
  await expect(versions.getByText('Nguyễn Văn Đức, Bí thư: Bổ sung nhiệm vụ theo ý kiến của Đảng ủy phường')).toBeVisible();
  await versions.getByRole('button', { name: 'Xem phiên bản 1' }).click();
  await expect(page.getByText(/Đang xem phiên bản 1 \(chỉ xem\)/)).toBeVisible();
  await expect(preview(page).getByText(/Số 01-NQ\/CB/)).toBeVisible();
  const [adoptedDocx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải DOCX' }).click()]);
  expect(adoptedDocx.suggestedFilename()).toMatch(/^01-Nghi-quyet-.*\.docx$/);
  await page.getByRole('button', { name: 'Về bản hiện tại' }).click();
  await look(page, 'docs-nq-amendment');

  // Biên bản: adopted the same way (the forum is closed).
  await page.getByRole('tab', { name: 'Biên bản' }).click();
  await expect(page).toHaveURL(/\/documents\/BB$/);
  await expect(preview(page).getByText('BIÊN BẢN', { exact: true })).toBeVisible();
  await look(page, 'docs-bb');
  await page.getByRole('button', { name: 'Thông qua biên bản', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Thông qua và cấp số' }).click();
  await expect(page.getByTestId('document-number')).toHaveText(/^Số 01-BB\/CB$/);

  // Kế hoạch khắc phục: the plan's items and its text; XLSX too.
  await page.getByRole('tab', { name: 'Kế hoạch khắc phục' }).click();
  await expect(preview(page).locator('main.sheet.landscape')).toBeVisible();
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải XLSX' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect((await savedBytes(xlsx)).subarray(0, 2).toString('latin1')).toBe('PK');
  await look(page, 'docs-kh');

  // Báo cáo.
  await page.getByRole('tab', { name: 'Báo cáo' }).click();
  await expect(preview(page).getByText('BÁO CÁO', { exact: true })).toBeVisible();
  await look(page, 'docs-bc');

  expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
});

test('ending the meeting from the Kết luận step opens its documents', async ({ page }) => {
  const cell = await api<{ id: string }>(page, 'sample.open', {});
  const forum = await api<{ id: string }>(page, 'forum.create', {
    cellId: cell.id, topic: 'Sinh hoạt chuyên đề quý IV năm 2026', date: '2026-11-23', startTime: '14:00', place: 'Phòng họp tầng 2', focus: [4, 5],
  });
  const live = await api<{ members: LiveMember[] }>(page, 'live.get', { forumId: forum.id });
  for (const m of live.members) await api(page, 'live.setAttendance', { forumId: forum.id, memberId: m.id, presence: 'present' });
  await api(page, 'live.setRoles', { forumId: forum.id, chairMemberId: live.members[0].id, secretaryMemberId: live.members[1].id });
  for (const phase of ['khai_mac', 'de_dan', 'tu_soi', 'gop_y', 'y_kien_cap_tren', 'ket_luan']) await api(page, 'live.setPhase', { forumId: forum.id, phase });

  // During the meeting the drafts follow the record: a late change to the roll call reaches the
  // section nobody edited, in the editor and in the preview.
  await page.goto(`${server.url}/#/cells/${cell.id}/forums/${forum.id}/live`);
  await page.getByRole('link', { name: /^Văn bản của buổi sinh hoạt/ }).click();
  await expect(page.getByText('Buổi sinh hoạt đang diễn ra: các mục chưa sửa tay tự cập nhật theo nội dung được ghi.')).toBeVisible();
  const basis = page.getByRole('textbox', { name: /^Nội dung mục Căn cứ/ });
  await expect(basis).toContainText(/có \d+\/\d+ đảng viên dự/);
  const [, present, total] = /có (\d+)\/(\d+) đảng viên dự/.exec((await basis.textContent()) ?? '')!;
  const absent = live.members.at(-1)!;
  await api(page, 'live.setAttendance', { forumId: forum.id, memberId: absent.id, presence: 'absent_excused', reason: 'Đi công tác' });
  const fewer = `có ${Number(present) - 1}/${total} đảng viên dự`;
  await expect(basis).toContainText(fewer);
  await expect(preview(page).getByText(fewer, { exact: false }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Về buổi sinh hoạt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kết luận', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kết thúc buổi sinh hoạt' })).toBeVisible();
  await lookAt(page, 'docs-live-ket-luan', { networkIdle: false });
  await page.getByRole('button', { name: 'Kết thúc buổi sinh hoạt' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kết thúc và sang phần văn bản' }).click();
  await expect(page).toHaveURL(new RegExp(`/forums/${forum.id}/documents$`));
  await expect(page.getByRole('tab', { name: 'Nghị quyết', selected: true })).toBeVisible();
  await expect(page.getByText('Đã họp', { exact: true })).toBeVisible();
  await expect(preview(page).getByText('NGHỊ QUYẾT', { exact: true })).toBeVisible();

  // Ending it twice is refused, in the core's words; the page shows it as is.
  const refused = await page.request.post(`${server.url}/api/forum.close`, { data: { forumId: forum.id } });
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('Buổi sinh hoạt này đã kết thúc rồi.');
});
