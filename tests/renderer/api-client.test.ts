// The renderer's typed client and its two transports, without a browser.
import { describe, expect, it, vi as vitest } from 'vitest';
import { ApiError, createApiClient } from '../../src-renderer/api/client';
import { createHttpTransport, createIpcTransport, pickTransport, type Transport } from '../../src-renderer/api/transport';

function fakeTransport(answer: unknown): Transport & { calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  return {
    kind: 'fake',
    calls,
    invoke: async (name, input) => {
      calls.push([name, input]);
      return answer as never;
    },
    subscribe: () => () => {},
  };
}

describe('createApiClient', () => {
  it('returns data on ok', async () => {
    const transport = fakeTransport({ ok: true, data: { hasCells: false } });
    const client = createApiClient(transport);
    await expect(client.call('app.info', {})).resolves.toEqual({ hasCells: false });
    expect(transport.calls).toEqual([['app.info', {}]]);
  });

  it('throws ApiError with code, message and issues on ok:false', async () => {
    const issues = [{ path: 'fullName', message: '«Họ và tên» không được để trống.' }];
    const client = createApiClient(fakeTransport({ ok: false, error: { code: 'INVALID_INPUT', message: 'Sai', issues } }));
    const error = await client.call('member.create', { cellId: 'c1', fullName: '', status: 'du_bi', partyRole: 'dang_vien' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('INVALID_INPUT');
    expect((error as ApiError).issueFor('fullName')).toBe('«Họ và tên» không được để trống.');
    expect((error as ApiError).issueFor('birthYear')).toBeUndefined();
  });
});

describe('HTTP transport', () => {
  it('POSTs JSON to /api/<method> and reads the envelope even on 4xx', async () => {
    const fetchImpl = vitest.fn(async () =>
      new Response(JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy chi bộ' } }), { status: 404 }),
    );
    const transport = createHttpTransport({ fetchImpl: fetchImpl as unknown as typeof fetch });
    const result = await transport.invoke('cell.get', { id: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy chi bộ' } });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/cell.get');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({ id: 'x' });
  });

  it('turns a network failure or a non-envelope into a Vietnamese INTERNAL error', async () => {
    const down = createHttpTransport({ fetchImpl: (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch });
    const r1 = await down.invoke('app.info', {});
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.error.message).toMatch(/Không kết nối được/);
    const html = createHttpTransport({ fetchImpl: (async () => new Response('<html>')) as unknown as typeof fetch });
    const r2 = await html.invoke('app.info', {});
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error.code).toBe('INTERNAL');
  });

  it('shares one EventSource between subscribers and closes it with the last one', () => {
    const instances: FakeEventSource[] = [];
    class FakeEventSource {
      listeners = new Map<string, Set<(e: MessageEvent) => void>>();
      closed = false;
      constructor(readonly url: string) {
        instances.push(this);
      }
      addEventListener(name: string, fn: (e: MessageEvent) => void) {
        if (!this.listeners.has(name)) this.listeners.set(name, new Set());
        this.listeners.get(name)!.add(fn);
      }
      removeEventListener(name: string, fn: (e: MessageEvent) => void) {
        this.listeners.get(name)?.delete(fn);
      }
      close() {
        this.closed = true;
      }
      emit(name: string, data: string) {
        for (const fn of this.listeners.get(name) ?? []) fn({ data } as MessageEvent);
      }
    }
    const transport = createHttpTransport({ eventSourceImpl: FakeEventSource as unknown as typeof EventSource });
    const seen: unknown[] = [];
    const off1 = transport.subscribe('data.changed', (p) => seen.push(p));
    const off2 = transport.subscribe('data.changed', (p) => seen.push(p));
    expect(instances).toHaveLength(1);
    expect(instances[0].url).toBe('/api/events');
    instances[0].emit('data.changed', JSON.stringify({ entity: 'member', id: 'm1', cellId: 'c1' }));
    instances[0].emit('data.changed', 'not json');
    expect(seen).toHaveLength(2);
    off1();
    expect(instances[0].closed).toBe(false);
    off2();
    expect(instances[0].closed).toBe(true);
  });
});

describe('IPC transport and the start-up choice', () => {
  it('forwards to window.tusoi and relays events', async () => {
    const bridge = {
      invoke: vitest.fn(async () => ({ ok: true, data: [] })),
      on: vitest.fn(() => () => {}),
    };
    const transport = createIpcTransport(bridge);
    await expect(transport.invoke('cell.list', {})).resolves.toEqual({ ok: true, data: [] });
    expect(bridge.invoke).toHaveBeenCalledWith('cell.list', {});
    transport.subscribe('data.changed', () => {});
    expect(bridge.on).toHaveBeenCalledWith('data.changed', expect.any(Function));
  });

  it('a rejected IPC call becomes an INTERNAL error, not a crash', async () => {
    const transport = createIpcTransport({ invoke: async () => { throw new Error('boom'); }, on: () => () => {} });
    const result = await transport.invoke('app.info', {});
    expect(result.ok).toBe(false);
  });

  it('picks IPC when window.tusoi exists, HTTP otherwise', () => {
    expect(pickTransport({ tusoi: { invoke: async () => null, on: () => () => {} } }).kind).toBe('ipc');
    expect(pickTransport({}).kind).toBe('http');
  });
});
