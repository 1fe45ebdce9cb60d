// `npm start`: the desktop window where the Electron runtime is installed; otherwise (or with
// --browser) browser mode on http://127.0.0.1:5180. Builds first when the build is missing or
// older than the sources. Flags: --browser, --port N, --data-dir DIR.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const serverArgs = args.filter((a) => a !== '--browser');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const outputs = ['out/main/index.js', 'out/main/server.js', 'out/preload/index.js', 'out/renderer/index.html'].map((f) => path.join(root, f));
  const builtAt = Math.min(...outputs.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  const sourcesAt = Math.max(...['src-main', 'src-renderer', 'resources'].map((d) => newestMtime(path.join(root, d))));
  if (builtAt > sourcesAt) return;
  console.log('Đang dựng ứng dụng (lần đầu mất khoảng nửa phút)…');
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  if (result.status !== 0) {
    console.error('Dựng ứng dụng thất bại; xem thông báo ở trên.');
    process.exit(result.status ?? 1);
  }
}

/** The Electron binary, if its package downloaded one; we never require('electron') from Node. */
function electronBinary() {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

function runChild(command, childArgs) {
  const child = spawn(command, childArgs, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

buildIfNeeded();
const electron = forceBrowser ? null : electronBinary();
if (electron) {
  runChild(electron, [root, ...serverArgs]);
} else {
  if (!forceBrowser) console.log('Không có Electron trên máy này: chạy ở chế độ trình duyệt.');
  runChild(process.execPath, [path.join(root, 'out', 'main', 'server.js'), ...serverArgs]);
}
