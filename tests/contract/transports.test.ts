// The same calls through dispatch and through real HTTP (and, in ipc.test.ts, a fake IPC pair)
// give identical Results.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { startHttpServer, type RunningHttpServer } from '../../src-main/server/http-server';
import { postJson } from '../support/http-client';
import { runScenario } from '../support/scenario';
import { freshDeterministicCore, useCleanups, withoutDataFile } from '../support/transport-fixtures';

const onCleanup = useCleanups();
const freshCore = () => freshDeterministicCore(onCleanup);

async function serve(core: Core): Promise<RunningHttpServer> {
  const server = await startHttpServer({ dispatch: core.dispatch, subscribe: core.subscribe, appVersion: 't', schemaVersion: 1, port: 0 });
  onCleanup(() => server.close());
  return server;
}


describe('transports give identical Results', () => {
  it('dispatch and HTTP', async () => {
    const direct = await runScenario((await freshCore()).dispatch);
    const server = await serve(await freshCore());
    const overHttp = await runScenario(async (name, input) => (await postJson(server.url, name, input)).body);
    expect(withoutDataFile(overHttp)).toEqual(withoutDataFile(direct));
    // The scenario really exercised both success and each kind of failure.
    const codes = direct.map((r: any) => (r.result.ok ? 'OK' : r.result.error.code));
    expect(new Set(codes)).toEqual(new Set(['OK', 'INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNKNOWN_METHOD']));
  });

  it('HTTP maps error codes to statuses and never answers 500 to bad input', async () => {
    const server = await serve(await freshCore());
    expect((await postJson(server.url, 'cell.create', { name: 1 })).status).toBe(400);
    expect((await postJson(server.url, 'forum.get', { id: 'khong-co' })).status).toBe(404);
    expect((await postJson(server.url, 'khong.co', {})).status).toBe(404);
    const ok = await postJson(server.url, 'cell.list', {});
    expect(ok).toEqual({ status: 200, body: { ok: true, data: [] } });
  });
});
