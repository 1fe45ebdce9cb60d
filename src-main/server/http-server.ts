// HTTP transport on 127.0.0.1: POST /api/<method> → dispatch → Result envelope; GET /api/events
// (Server-Sent Events); GET /api/health; GET /api/methods (self-documentation); the built renderer.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { contract, events as eventSchemas, METHOD_NAMES, type ApiError, type Result } from '../contract';
import type { Dispatch } from '../core/api/dispatch';
import type { EventListener } from '../core/core';
import { CONTENT_SECURITY_POLICY } from './csp';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Methods that carry a whole file as base64 (roster, data transfer) may send more. */
export const MAX_FILE_BODY_BYTES = 40 * 1024 * 1024;
const FILE_METHODS: ReadonlySet<string> = new Set(['roster.preview', 'roster.import', 'transfer.preview', 'transfer.import']);

export interface HttpServerOptions {
  dispatch: Dispatch;
  subscribe(listener: EventListener): () => void;
  appVersion: string;
  schemaVersion: number;
  port: number;
  /** Folder of the built renderer; without it only /api is served. */
  staticDir?: string;
}

export interface RunningHttpServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

const STATUS_OF: Record<ApiError['code'], number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  FORBIDDEN_STATE: 409,
  INTERNAL: 500,
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, code: ApiError['code'], message: string): void {
  const body: Result<never> = { ok: false, error: { code, message } };
  sendJson(res, status, body);
}

/** Reads the body up to the limit; resolves null if it is larger. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function describeMethods() {
  const toSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return {
    methods: METHOD_NAMES.map((name) => ({
      name,
      input: toSchema(contract[name].input, 'input'),
      output: toSchema(contract[name].output, 'output'),
    })),
    events: Object.entries(eventSchemas).map(([name, schema]) => ({ name, payload: toSchema(schema, 'output') })),
  };
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const sseClients = new Set<http.ServerResponse>();
  let port = options.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const methodsDoc = describeMethods();

  async function handleApiCall(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    const contentType = req.headers['content-type'] ?? '';
    // Requiring JSON keeps plain HTML forms of other sites from posting here.
    if (!contentType.toLowerCase().startsWith('application/json')) {
      sendError(res, 415, 'INVALID_INPUT', 'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).');
      return;
    }
    const limit = FILE_METHODS.has(name) ? MAX_FILE_BODY_BYTES : MAX_BODY_BYTES;
    const body = await readBody(req, limit);
    if (body === null) {
      sendError(res, 413, 'INVALID_INPUT', `Dữ liệu gửi lên quá lớn: tối đa ${limit / 1024} KB.`);
      return;
    }
    let input: unknown = {};
    const text = body.toString('utf8');
    if (text.trim() !== '') {
      try {
        input = JSON.parse(text);
      } catch {
        sendError(res, 400, 'INVALID_INPUT', 'Dữ liệu gửi lên không phải JSON hợp lệ; hãy kiểm tra lại cú pháp.');
        return;
      }
    }
    const result = await options.dispatch(name, input);
    sendJson(res, result.ok ? 200 : STATUS_OF[result.error.code], result);
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    sseClients.add(res);
    req.on('close', () => sseClients.delete(res));
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (!options.staticDir) {
      sendError(res, 404, 'NOT_FOUND', 'Không có trang này.');
      return;
    }
    const root = path.resolve(options.staticDir);
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      sendError(res, 400, 'INVALID_INPUT', 'Đường dẫn không hợp lệ.');
      return;
    }
    const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
    // Path-traversal guard: never serve anything outside the renderer folder.
    if (target !== root && !target.startsWith(root + path.sep)) {
      sendError(res, 403, 'INVALID_INPUT', 'Đường dẫn không hợp lệ.');
      return;
    }
    let file = target;
    const isFile = (f: string) => fs.statSync(f, { throwIfNoEntry: false })?.isFile() ?? false;
    if (!isFile(file)) {
      // The renderer routes in the hash, so anything else unknown is the app shell or a 404 asset.
      if (path.extname(file) !== '') {
        sendError(res, 404, 'NOT_FOUND', 'Không có tệp này.');
        return;
      }
      file = path.join(root, 'index.html');
    }
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch {
      sendError(res, 404, 'NOT_FOUND', 'Chưa có giao diện đã dựng: hãy chạy "npm run build" (hoặc "npm start", tự dựng khi cần).');
      return;
    }
    const isAsset = file.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': data.length,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS-rebinding and cross-site guards: only our own host name, only our own origin.
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) {
      sendError(res, 403, 'INVALID_INPUT', 'Yêu cầu bị từ chối: sai địa chỉ máy chủ.');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, '')) ) {
      sendError(res, 403, 'INVALID_INPUT', 'Yêu cầu bị từ chối: trang gọi đến không phải của Tự soi.');
      return;
    }
    const { pathname } = new URL(req.url ?? '/', `http://${host}`);
    if (pathname.startsWith('/api/')) {
      const route = pathname.slice('/api/'.length);
      if (req.method === 'GET' && route === 'health') {
        sendJson(res, 200, { status: 'ok', appVersion: options.appVersion, schemaVersion: options.schemaVersion });
      } else if (req.method === 'GET' && route === 'methods') {
        sendJson(res, 200, methodsDoc);
      } else if (req.method === 'GET' && route === 'events') {
        handleEvents(req, res);
      } else if (req.method === 'POST') {
        await handleApiCall(req, res, route);
      } else {
        sendError(res, 405, 'INVALID_INPUT', 'Phương thức HTTP không được hỗ trợ ở đây.');
      }
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'INVALID_INPUT', 'Phương thức HTTP không được hỗ trợ ở đây.');
      return;
    }
    serveStatic(req, res, pathname);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('HTTP handler failed', error);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Đã có lỗi ngoài dự kiến ở máy chủ.');
      else res.end();
    });
  });
  server.keepAliveTimeout = 5000;

  const unsubscribe = options.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const client of sseClients) client.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        unsubscribe();
        for (const client of sseClients) client.end();
        sseClients.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
