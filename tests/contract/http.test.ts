// The HTTP transport's own duties: health, self-documentation, events, guards, static files.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES } from '../../src-main/contract';
import { SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { startHttpServer, type RunningHttpServer } from '../../src-main/server/http-server';
import { postJson, postRaw } from '../support/http-client';
import { startTestCore, tempDir, type TestCore, aCell } from '../support/test-core';

let core: TestCore;
let server: RunningHttpServer;
let staticDir: string;

beforeAll(async () => {
  core = await startTestCore();
  staticDir = tempDir('tusoi-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Tự soi</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'do not serve');
  server = await startHttpServer({
    dispatch: core.dispatch, subscribe: core.subscribe, appVersion: '9.9.9', schemaVersion: SCHEMA_VERSION, port: 0, staticDir,
  });
});
afterAll(async () => {
  await server.close();
  await core.close();
});

/** A raw request, so tests can send any Host, Origin or path (fetch normalises them). */
function rawRequest(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('HTTP transport', () => {
  it('binds 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('GET /api/health gives the app and schema versions', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(await res.json()).toEqual({ status: 'ok', appVersion: '9.9.9', schemaVersion: SCHEMA_VERSION });
  });

  it('GET /api/methods documents every method with the JSON Schema of its input', async () => {
    const doc = (await (await fetch(`${server.url}/api/methods`)).json()) as { methods: { name: string; input: any }[]; events: unknown[] };
    expect(doc.methods.map((m) => m.name)).toEqual([...METHOD_NAMES]);
    const create = doc.methods.find((m) => m.name === 'member.create')!;
    expect(create.input.type).toBe('object');
    expect(create.input.required).toEqual(expect.arrayContaining(['cellId', 'fullName', 'status', 'partyRole']));
    expect(create.input.properties.status.enum).toEqual(['chinh_thuc', 'du_bi']);
    expect(doc.events).toHaveLength(EVENT_NAMES.length);
  });

  it('pushes data.changed over Server-Sent Events', async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/events`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const cell = await core.ok('cell.create', aCell);
    let text = '';
    while (!text.includes('data: {')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('event: data.changed');
    expect(text).toContain(`"id":"${cell.id}"`);
  });

  it('rejects a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const badHost = await rawRequest({ path: '/api/health', headers: { host: 'evil.example:80' } });
    expect(badHost.status).toBe(403);
    const badOrigin = await rawRequest({
      method: 'POST', path: '/api/cell.list', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}',
    });
    expect(badOrigin.status).toBe(403);
    expect(JSON.parse(badOrigin.body).error.message).toMatch(/từ chối/);
    const goodOrigin = await rawRequest({
      method: 'POST', path: '/api/cell.list', headers: { origin: `http://127.0.0.1:${server.port}`, 'content-type': 'application/json' }, body: '{}',
    });
    expect(goodOrigin.status).toBe(200);
  });

  it('answers malformed JSON, a wrong content type and an oversized body with INVALID_INPUT', async () => {
    const malformed = await postRaw(server.url, 'cell.create', '{"name": "Chi bộ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/JSON/) } });
    const form = await postRaw(server.url, 'cell.list', 'a=1', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const huge = await postJson(server.url, 'cell.create', { ...aCell, name: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const hundredKb = await postJson(server.url, 'cell.create', { ...aCell, name: 'Chi bộ '.repeat(15_000) });
    expect(hundredKb).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT', issues: [{ path: 'name' }] } } });
  });

  it('serves the renderer with a CSP and never a file outside its folder', async () => {
    const index = await rawRequest({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('Tự soi');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await rawRequest({ path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
    for (const attack of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await rawRequest({ path: attack });
      expect(res.body, attack).not.toContain('do not serve');
    }
    expect((await rawRequest({ path: '/assets/missing.js' })).status).toBe(404);
    expect((await rawRequest({ method: 'DELETE', path: '/' })).status).toBe(405);
  });
});

describe('HTTP transport without a built renderer', () => {
  it('answers 404 with a hint, not a crash', async () => {
    const emptyDir = tempDir('tusoi-nostatic-');
    const bare = await startHttpServer({ dispatch: core.dispatch, subscribe: core.subscribe, appVersion: 't', schemaVersion: 1, port: 0, staticDir: emptyDir });
    try {
      const res = await fetch(`${bare.url}/`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as any).error.message).toMatch(/npm run build/);
    } finally {
      await bare.close();
    }
  });
});
