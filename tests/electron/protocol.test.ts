// The app:// protocol: serves only files under the renderer folder, with the CSP on every answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAppProtocol, resolveAppUrl, serveAppRequest } from '../../src-main/electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../src-main/server/csp';
import { protocol } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let base: string;
let root: string;

beforeAll(() => {
  // base/secret.txt sits next to the renderer root: the traversal target the guard must protect.
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Tự soi</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  fs.writeFileSync(path.join(base, 'package.json'), '{"secret":true}');
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('resolveAppUrl (path-traversal guard)', () => {
  it.each([
    'app://tu-soi/../package.json',
    'app://tu-soi/%2e%2e/%2e%2e/etc/passwd',
    'app://tu-soi/%2E%2E/secret.txt',
    'app://tu-soi/assets/../../secret.txt',
    'app://tu-soi/..%2fsecret.txt',
    'app://tu-soi/..%5csecret.txt',
    'app://tu-soi/..\\secret.txt',
    'app://tu-soi//etc/passwd',
    'app://tu-soi/%2fetc%2fpasswd',
    'app://tu-soi/C:/Windows/win.ini',
    'app://tu-soi/index.html%00.png',
    'app://tu-soi/%E0%A4%A',
  ])('refuses %s', (url) => {
    const resolved = resolveAppUrl(root, url);
    expect(resolved.ok).toBe(false);
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppUrl(root, 'app://evil/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppUrl(root, 'file:///etc/passwd')).toEqual({ ok: false, status: 403 });
  });

  it('maps index.html, the bare origin and nested assets inside the root', () => {
    expect(resolveAppUrl(root, 'app://tu-soi/index.html')).toEqual({ ok: true, filePath: path.join(root, 'index.html'), spaFallback: false });
    expect(resolveAppUrl(root, 'app://tu-soi/')).toEqual({ ok: true, filePath: path.join(root, 'index.html'), spaFallback: false });
    expect(resolveAppUrl(root, 'app://tu-soi/assets/app.js?v=1#x')).toMatchObject({ ok: true, filePath: path.join(root, 'assets', 'app.js') });
  });
});

describe('serveAppRequest', () => {
  it('serves index.html as UTF-8 HTML with the CSP header', async () => {
    const response = await serveAppRequest(root, { url: 'app://tu-soi/index.html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Tự soi</title>');
  });

  it('serves scripts with a JavaScript content type', async () => {
    const response = await serveAppRequest(root, { url: 'app://tu-soi/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each(['app://tu-soi/../package.json', 'app://tu-soi/%2e%2e/%2e%2e/etc/passwd', 'app://tu-soi/%2e%2e/secret.txt'])(
    'refuses %s without leaking the file, CSP still set',
    async (url) => {
      const response = await serveAppRequest(root, { url });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      const body = await response.text();
      expect(body).not.toContain('SECRET');
      expect(body).not.toContain('"secret"');
    },
  );

  it('answers 404 for a missing asset', async () => {
    const response = await serveAppRequest(root, { url: 'app://tu-soi/assets/missing.js' });
    expect(response.status).toBe(404);
  });

  it('falls back to index.html for extension-less paths (client-side routes)', async () => {
    const response = await serveAppRequest(root, { url: 'app://tu-soi/dien-dan/42' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Tự soi</title>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serveAppRequest(root, { url: 'app://tu-soi/index.html', method: 'POST' });
    expect(response.status).toBe(405);
  });
});

describe('registerAppProtocol', () => {
  it('handles the app scheme with the same server', async () => {
    registerAppProtocol(protocol as never, root);
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = protocol.handle.mock.calls[0] as unknown as [string, (r: { url: string; method: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler({ url: 'app://tu-soi/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
