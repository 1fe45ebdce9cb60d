// The app:// protocol: serves the built renderer from disk, never anything outside it. The URL → file
// mapping is a pure function (resolveAppUrl) so the traversal guard is unit-tested without Electron.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../server/csp';
import { APP_ORIGIN, APP_SCHEME } from './app-url';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedAppUrl =
  | { ok: true; filePath: string; spaFallback: boolean }
  | { ok: false; status: 400 | 403 };

/**
 * Maps `app://tu-soi/<path>` to a file under `root`. Works on the raw string on purpose: Chromium
 * already folds `..` out of standard URLs, but the guard must not depend on that, so any `.`/`..`
 * segment (plain or %-encoded), backslash, encoded slash, NUL or absolute path is refused outright,
 * and the resolved path must still lie inside root.
 */
export function resolveAppUrl(root: string, url: string): ResolvedAppUrl {
  const prefix = `${APP_ORIGIN}/`;
  if (!url.startsWith(prefix)) return { ok: false, status: 403 };
  const rawPath = url.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  if (/\\|%5c|%2f|%00|\0/i.test(rawPath)) return { ok: false, status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.startsWith('/') || path.isAbsolute(decoded) || /^[a-z]:/i.test(decoded)) return { ok: false, status: 400 };
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 400 };

  const absRoot = path.resolve(root);
  const relative = decoded === '' || decoded.endsWith('/') ? path.posix.join(decoded, 'index.html') : decoded;
  const filePath = path.resolve(absRoot, relative);
  // Belt and braces: whatever got past the checks above must still resolve inside the root.
  if (!filePath.startsWith(absRoot + path.sep)) return { ok: false, status: 403 };
  // The renderer routes in the URL hash, so an extension-less miss means "the app shell", while a
  // missing asset (.js, .png…) is a real 404.
  return { ok: true, filePath, spaFallback: path.extname(filePath) === '' };
}

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function readFileIfExists(file: string): Promise<Uint8Array | null> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return null;
    return new Uint8Array(await fs.readFile(file));
  } catch {
    return null;
  }
}

/** Answers one app:// request from the files under root. Also plain Node, for the tests. */
export async function serveAppRequest(root: string, request: { url: string; method?: string }): Promise<Response> {
  const method = (request.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Phương thức không được hỗ trợ.');
  const resolved = resolveAppUrl(root, request.url);
  if (!resolved.ok) return textResponse(resolved.status, 'Đường dẫn không hợp lệ.');

  let file = resolved.filePath;
  let data = await readFileIfExists(file);
  if (data === null && resolved.spaFallback) {
    file = path.join(path.resolve(root), 'index.html');
    data = await readFileIfExists(file);
  }
  if (data === null) return textResponse(404, 'Không có tệp này.');
  return new Response(method === 'HEAD' ? null : (data as Uint8Array<ArrayBuffer>), {
    status: 200,
    headers: { ...BASE_HEADERS, 'Content-Type': contentTypeOf(file) },
  });
}

/** The built renderer, next to out/main in the packaged layout. */
export function rendererRoot(mainDir: string = __dirname): string {
  return path.resolve(mainDir, '../renderer');
}

/** Call after app 'ready'; the scheme itself is made privileged in main.ts before ready. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string = rendererRoot()): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
