// The documents page seen from a test: its A4 preview frame, a settled look (screenshots and axe),
// saving a download, the browser's print path turned into a real PDF, and looking at the files
// (DOCX → PDF through LibreOffice, PDF → text through pdftotext, PDF → PNG pages to look at).
import { expect, type Download, type FrameLocator, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { lookAt, SCREENS_DIR } from './look';

const run = promisify(execFile);

export const DOWNLOADS_DIR = path.join(SCREENS_DIR, '..', 'downloads');

/** The A4 preview: the print view in a sandboxed srcdoc frame. */
export const previewOf = (page: Page): FrameLocator => page.frameLocator('[data-testid="document-preview"] iframe');

/** Saves a download under test-results/downloads and returns its path. */
export async function saveDownload(download: Download): Promise<string> {
  const file = path.join(DOWNLOADS_DIR, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Screenshots and axe on the documents page once it is settled: a page in the preview, no rebuild or export running. */
export async function lookAtDocuments(page: Page, name: string): Promise<void> {
  await expect(previewOf(page).locator('main.sheet')).toBeVisible();
  await page.waitForTimeout(700); // past the preview's debounce
  await expect(page.getByText(/^Đang (dựng bản xem trước|cập nhật|xuất)…$/)).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}-screen.png`) });
  // The preview and the print view are frames that run no script: axe cannot enter them (they hold
  // the generated document, checked by the core's own tests).
  await lookAt(page, name, { exclude: ['[data-testid="document-preview"] iframe', '#tusoi-print-frame'], networkIdle: false });
}

/** Clicks "Tải DOCX" on the open tab and returns the saved file (a zip: it starts with PK). */
export async function downloadDocx(page: Page): Promise<{ file: string; fileName: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải DOCX' }).click()]);
  const file = await saveDownload(download);
  expect(fs.readFileSync(file).subarray(0, 2).toString('latin1'), `${download.suggestedFilename()} is a zip`).toBe('PK');
  await expect(page.getByText(`Đã tải tệp ${download.suggestedFilename()}.`)).toBeVisible();
  return { file, fileName: download.suggestedFilename() };
}

/**
 * "In / PDF" in browser mode: the page hands the print view to the browser's print dialog in a
 * script-less frame. Headless Chromium shows no dialog, so the test takes the very HTML the page
 * printed (the document.export answer it received), prints it with Chromium's own PDF printer
 * (the page's @page size and margins honoured, as "Save as PDF" does) and returns the PDF's path.
 */
export async function printToPdf(page: Page, name: string): Promise<string> {
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/document.export') && r.request().postDataJSON()?.format === 'html');
  await page.getByRole('button', { name: 'In / PDF' }).click();
  const body = (await (await answer).json()) as { ok: boolean; data: { base64: string } };
  expect(body.ok).toBe(true);
  await expect(page.getByText('Đã mở hộp thoại in.')).toBeVisible();
  const html = Buffer.from(body.data.base64, 'base64').toString('utf8');
  const printer = await page.context().newPage();
  try {
    await printer.setContent(html, { waitUntil: 'load' });
    const file = path.join(DOWNLOADS_DIR, `${name}.pdf`);
    fs.mkdirSync(DOWNLOADS_DIR, { recursive: true });
    fs.writeFileSync(file, await printer.pdf({ preferCSSPageSize: true, printBackground: true }));
    return file;
  } finally {
    await printer.close();
    await page.bringToFront();
  }
}

/** The PDF's pages as PNG files at 60 dpi in test-results/screens (`<prefix>-1.png`, …), for a person to look at. */
export async function pngPages(pdf: string, prefix: string): Promise<void> {
  await run('pdftoppm', ['-r', '60', '-png', pdf, path.join(SCREENS_DIR, prefix)]);
}

/** Text with every run of white space (line breaks of the PDF included) made one space. */
export const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();
