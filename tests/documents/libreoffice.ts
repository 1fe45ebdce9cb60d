// LibreOffice headless and poppler for looking at generated documents: DOCX → PDF (all files in
// one soffice call, with a private user profile so parallel runs don't clash), PDF → text, fonts,
// PNG. Needs libreoffice-writer-nogui, poppler-utils and fonts-liberation2 (see README).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

export function requireTools(): void {
  const missing = [SOFFICE, '/usr/bin/pdftotext', '/usr/bin/pdffonts'].filter((tool) => !existsSync(tool));
  if (missing.length > 0) {
    throw new Error(`Missing ${missing.join(', ')}: apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2`);
  }
}

/** Converts the DOCX files to PDF in outDir with one soffice process; returns the PDF paths. */
export async function convertToPdf(docxFiles: readonly string[], outDir: string): Promise<string[]> {
  const profile = mkdtempSync(path.join(tmpdir(), 'tusoi-lo-profile-'));
  try {
    await run(
      SOFFICE,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles],
      { timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdfs = docxFiles.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`));
  const missing = pdfs.filter((pdf) => !existsSync(pdf));
  if (missing.length > 0) throw new Error(`LibreOffice did not produce ${missing.join(', ')}`);
  return pdfs;
}

/** The PDF's text (pdftotext, reading order), NFC. */
export async function pdfText(pdf: string, options: { layout?: boolean } = {}): Promise<string> {
  const { stdout } = await run('pdftotext', [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.normalize('NFC');
}

/** Names of the fonts embedded in the PDF. */
export async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0])
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
}

/** Page count from pdfinfo. */
export async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? Number.NaN);
}
