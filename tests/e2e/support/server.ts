// Starts the real browser-mode server (the built out/main/server.js) on a temporary data dir, and
// restarts it on the same data, as a user quitting and reopening the app would — or, with
// { kill: true }, as a crash or a pulled plug would (SIGKILL: no shutdown code runs).
import { test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SERVER_ENTRY = path.resolve(__dirname, '../../../out/main/server.js');

export interface AppServer {
  url: string;
  dataDir: string;
  /** Stops the server (SIGTERM, or SIGKILL with kill: true) and starts it again on the same port and data. */
  restart(options?: { kill?: boolean }): Promise<void>;
  /** SIGKILL: the process dies at once, mid-write if it was writing. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

function launch(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  if (!fs.existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run "npm run build" first.`);
  const child = spawn(process.execPath, [SERVER_ENTRY, '--port', String(port), '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${match[1]}` });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export async function startAppServer(): Promise<AppServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tusoi-e2e-'));
  let { child, url } = await launch(dataDir, 0);
  const port = Number(new URL(url).port);
  return {
    get url() {
      return url;
    },
    dataDir,
    async restart(options = {}) {
      await stopChild(child, options.kill ? 'SIGKILL' : 'SIGTERM');
      ({ child, url } = await launch(dataDir, port)); // same port: the open page keeps working
    },
    async kill() {
      await stopChild(child, 'SIGKILL');
    },
    async stop() {
      await stopChild(child);
    },
  };
}

/**
 * The one server of a spec file: started before its tests and stopped after them (Playwright hooks
 * registered here). The handle always reaches the running server, also after restart().
 */
export function appServerPerFile(): AppServer {
  let current: AppServer | undefined;
  test.beforeAll(async () => {
    current = await startAppServer();
  });
  test.afterAll(async () => {
    await current?.stop();
  });
  const running = (): AppServer => {
    if (!current) throw new Error('the app server of this file has not started (use the handle inside a test)');
    return current;
  };
  return {
    get url() {
      return running().url;
    },
    get dataDir() {
      return running().dataDir;
    },
    restart: (options) => running().restart(options),
    kill: () => running().kill(),
    stop: () => running().stop(),
  };
}
