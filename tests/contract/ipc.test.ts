// The same scenario through a fake IPC pair: the real preload bridge on one side, the real
// registerIpc on the other, joined by an in-memory channel that structured-clones like Electron.
import { describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../src-main/electron/ipc';
import { startHttpServer } from '../../src-main/server/http-server';
import { postJson } from '../support/http-client';
import { runScenario } from '../support/scenario';
import { freshDeterministicCore, useCleanups, withoutDataFile } from '../support/transport-fixtures';

type Handler = (event: any, ...args: any[]) => Promise<unknown>;
const channel = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  rendererListeners: new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>(),
  exposed: {} as Record<string, any>,
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (channel.exposed[key] = api) },
  ipcRenderer: {
    invoke: async (name: string, ...args: unknown[]) => {
      const handler = channel.handlers.get(name);
      if (!handler) throw new Error(`No handler for ${name}`);
      const event = { sender: fakeWebContents, senderFrame: { url: 'app://tu-soi/index.html', parent: null } };
      return structuredClone(await handler(event, ...structuredClone(args)));
    },
    on: (name: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      channel.rendererListeners.set(name, [...(channel.rendererListeners.get(name) ?? []), listener]);
    },
    removeListener: () => undefined,
  },
}));

const fakeWebContents = {
  isDestroyed: () => false,
  send: (name: string, ...args: unknown[]) => {
    for (const listener of channel.rendererListeners.get(name) ?? []) listener({}, ...structuredClone(args));
  },
};
const fakeIpcMain = {
  handle: (name: string, handler: Handler) => void channel.handlers.set(name, handler),
  removeHandler: (name: string) => void channel.handlers.delete(name),
};

const onCleanup = useCleanups();
const freshCore = () => freshDeterministicCore(onCleanup);


describe('IPC transport', () => {
  it('gives the same Results as dispatch and HTTP, and relays push events', async () => {
    const direct = await runScenario((await freshCore()).dispatch);

    const httpCore = await freshCore();
    const server = await startHttpServer({ dispatch: httpCore.dispatch, subscribe: httpCore.subscribe, appVersion: 't', schemaVersion: 1, port: 0 });
    onCleanup(() => server.close());
    const overHttp = await runScenario(async (name, input) => (await postJson(server.url, name, input)).body);

    const ipcCore = await freshCore();
    onCleanup(registerIpc(fakeIpcMain, ipcCore, { windows: () => [{ isDestroyed: () => false, webContents: fakeWebContents }] }));
    await import('../../src-main/preload/index');
    const bridge = channel.exposed.tusoi as { invoke(n: string, i: unknown): Promise<unknown>; on(e: string, cb: (p: unknown) => void): () => void };
    const events: unknown[] = [];
    bridge.on('data.changed', (payload) => events.push(payload));
    // The preload refuses names outside the allow-list before anything crosses; the scenario's
    // unknown-method call is answered the way the core would, so the three sequences compare.
    const overIpc = await runScenario((name, input) =>
      bridge.invoke(name, input).catch(() => ({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `Không có chức năng «${name}».` } })),
    );

    expect(withoutDataFile(overIpc)).toEqual(withoutDataFile(direct));
    expect(withoutDataFile(overHttp)).toEqual(withoutDataFile(direct));
    expect(events).toContainEqual({ entity: 'cell', id: 'id-0002', cellId: 'id-0002' });
  });
});
