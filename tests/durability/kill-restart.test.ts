// Durability: every save the server acknowledged survives a SIGKILL at a random moment.
// Runs the built browser-mode server (out/main/server.js) as a child process, kills it mid-write,
// restarts it on the same data folder and checks that each acknowledged member is there.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SERVER_JS = process.env.TUSOI_SERVER_JS ?? path.join(ROOT, 'out/main/server.js');
const ROUNDS = 10;
const START_TIMEOUT_MS = 20_000;

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
}

const children = new Set<ChildProcess>();
const tempDirs: string[] = [];

function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  children.clear();
}

afterAll(() => {
  killAll();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts the server and resolves once it prints its URL. */
function startServer(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, [SERVER_JS, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => children.delete(child));
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${why}\nstdout: ${stdout}\nstderr: ${stderr}`));
    };
    const timer = setTimeout(() => fail(`server did not print its URL within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${match[1]}`, exited });
      }
    });
    child.once('exit', (code, signal) => fail(`server exited before it was ready (code ${code}, signal ${signal})`));
  });
}

async function call<T>(server: Server, method: string, input: unknown): Promise<{ ok: true; data: T } | { ok: false; error: unknown }> {
  const res = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: true; data: T } | { ok: false; error: unknown };
}

/** Writes members one after another until the server dies; returns the acknowledged names. */
async function writeUntilKilled(server: Server, cellId: string, round: number, attempted: Set<string>): Promise<string[]> {
  const acknowledged: string[] = [];
  const delay = 50 + Math.floor(Math.random() * 350);
  const killer = setTimeout(() => server.child.kill('SIGKILL'), delay);
  try {
    for (let i = 0; ; i++) {
      const fullName = `Đảng viên vòng ${round} số ${i}`;
      attempted.add(fullName);
      let result;
      try {
        result = await call(server, 'member.create', { cellId, fullName, status: 'chinh_thuc', partyRole: 'dang_vien' });
      } catch {
        break; // the server died with this write in flight: it may or may not be saved
      }
      if (!result.ok) throw new Error(`member.create refused ${fullName}: ${JSON.stringify(result.error)}`);
      acknowledged.push(fullName);
    }
  } finally {
    clearTimeout(killer);
    server.child.kill('SIGKILL');
    await server.exited;
  }
  return acknowledged;
}

describe('kill -9 during writes', () => {
  it(`keeps every acknowledged save across ${ROUNDS} SIGKILL restarts`, { timeout: 120_000 }, async () => {
    if (!fs.existsSync(SERVER_JS)) {
      throw new Error(`${SERVER_JS} is missing: build it first with \`ELECTRON_SKIP_BINARY_DOWNLOAD=1 node_modules/.bin/electron-vite build\`.`);
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-durability-'));
    tempDirs.push(dataDir);
    const acknowledged = new Set<string>();
    const attempted = new Set<string>();

    let server = await startServer(dataDir);
    try {
      const cell = await call<{ id: string }>(server, 'cell.create', {
        name: 'Chi bộ Kiểm thử độ bền', higherBody: 'Đảng bộ phường Vị Thanh', placeName: 'Vị Thanh', termStartYear: 2025, termEndYear: 2030,
      });
      if (!cell.ok) throw new Error(`cell.create failed: ${JSON.stringify(cell.error)}`);
      const cellId = cell.data.id;

      for (let round = 1; round <= ROUNDS; round++) {
        for (const name of await writeUntilKilled(server, cellId, round, attempted)) acknowledged.add(name);
        server = await startServer(dataDir);

        const health = await fetch(`${server.url}/api/health`);
        expect(health.status, `health after restart ${round}`).toBe(200);
        expect(((await health.json()) as { status: string }).status).toBe('ok');

        const list = await call<{ fullName: string }[]>(server, 'member.list', { cellId });
        if (!list.ok) throw new Error(`member.list failed after restart ${round}: ${JSON.stringify(list.error)}`);
        const present = list.data.map((m) => m.fullName);
        const missing = [...acknowledged].filter((name) => !present.includes(name));
        expect(missing, `acknowledged saves lost after restart ${round}`).toEqual([]);
        const unexpected = present.filter((name) => !attempted.has(name));
        expect(unexpected, `rows nobody wrote after restart ${round}`).toEqual([]);
        expect(new Set(present).size, `duplicate rows after restart ${round}`).toBe(present.length);
      }
      expect(acknowledged.size, 'the test acknowledged at least some writes').toBeGreaterThan(ROUNDS);
      console.log(`durability: ${acknowledged.size} acknowledged saves kept across ${ROUNDS} SIGKILLs`);
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  });
});
