// (d) Initial renderer JavaScript, gzipped: the entry module plus its modulepreloads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { formatBytes, type Check } from './stats';

const ROOT = path.resolve(__dirname, '../..');
const RENDERER_DIR = path.join(ROOT, 'out/renderer');
const LIMIT_BYTES = 250 * 1024;

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function buildIfMissing(rendererDir: string): boolean {
  if (fs.existsSync(path.join(rendererDir, 'index.html'))) return true;
  console.log('  out/renderer is missing: building with electron-vite …');
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    const plain = `${build.stdout}\n${build.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    const errors = plain.split('\n').filter((l) => /error|\[[A-Z_]+\]/i.test(l) && !/^\s+at /.test(l));
    console.log(`  build failed:\n    ${errors.slice(0, 5).join('\n    ')}`);
    return false;
  }
  console.log('  built out/renderer');
  return true;
}

/** The script and modulepreload URLs of index.html, resolved to files. */
function initialScripts(rendererDir: string, html: string): string[] {
  const urls = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*\btype="module"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g),
  ].map((m) => m[1]);
  return [...new Set(urls)].map((url) => path.join(rendererDir, url.replace(/^\.?\//, '')));
}

export async function benchRendererSize(rendererDir = RENDERER_DIR): Promise<Check> {
  const label = 'renderer initial JS (gzip -9)';
  if (!buildIfMissing(rendererDir)) return { label, figure: 'not measured (no build)', target: '≤ 250 KB', pass: false };
  const initial = initialScripts(rendererDir, fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8'));
  let initialBytes = 0;
  for (const file of initial) {
    const size = gzipSize(file);
    initialBytes += size;
    console.log(`  initial ${path.relative(rendererDir, file)}: ${formatBytes(size)} gzip`);
  }
  const assetsDir = path.join(rendererDir, 'assets');
  const allJs = fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir).filter((f) => f.endsWith('.js')).map((f) => path.join(assetsDir, f)) : [];
  const lazy = allJs.filter((f) => !initial.includes(f));
  const allBytes = allJs.reduce((sum, f) => sum + gzipSize(f), 0);
  console.log(`  all JS in out/renderer/assets: ${formatBytes(allBytes)} gzip in ${allJs.length} files, ${lazy.length} lazy chunk(s)`);
  return { label, figure: `${formatBytes(initialBytes)} in ${initial.length} file(s)`, target: '≤ 250 KB', pass: initial.length > 0 && initialBytes <= LIMIT_BYTES };
}
