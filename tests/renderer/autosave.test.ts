// The autosave policy without a browser: debounce, serialization per record, version memory,
// never overwriting what the user is typing, and both texts kept after a collision.
import { afterEach, beforeEach, describe, expect, it, vi as vitest } from 'vitest';
import { AutosaveField, AutosaveRegistry, sameText, type Timers } from '../../src-renderer/features/live/autosave-core';
import { ApiError } from '../../src-renderer/api/client';

/** Timers driven by vitest's fake clock. */
const fakeTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

interface Call {
  value: string;
  baseVersion: number;
  resolve: (version: number) => void;
  reject: (error: unknown) => void;
}

/** A save function whose calls the test answers by hand. */
function manualSave() {
  const calls: Call[] = [];
  const save = (value: string, baseVersion: number) =>
    new Promise<{ version: number }>((resolve, reject) => {
      calls.push({ value, baseVersion, resolve: (version) => resolve({ version }), reject });
    });
  return { calls, save };
}

/** A save function that answers at once, like a server holding one record. */
function fakeServer(initial = { text: '', version: 0 }) {
  const record = { ...initial };
  const calls: { value: string; baseVersion: number }[] = [];
  const save = async (value: string, baseVersion: number) => {
    calls.push({ value, baseVersion });
    if (baseVersion !== record.version) throw new ApiError('CONFLICT', 'Đã có người sửa', [], { ...record });
    record.text = value.normalize('NFC').trim();
    record.version += 1;
    return { version: record.version };
  };
  return { record, calls, save };
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

beforeEach(() => {
  vitest.useFakeTimers();
});
afterEach(() => {
  vitest.useRealTimers();
});

describe('AutosaveRegistry', () => {
  it('remembers the highest version and answers max(snapshot, remembered)', () => {
    const r = new AutosaveRegistry();
    expect(r.known('k', 3)).toBe(3);
    r.note('k', 5);
    r.note('k', 4);
    expect(r.version('k')).toBe(5);
    expect(r.known('k', 3)).toBe(5);
    expect(r.known('k', 7)).toBe(7);
  });

  it('runs tasks of one key one after another, other keys in parallel, and counts what is pending', async () => {
    const r = new AutosaveRegistry();
    const order: string[] = [];
    let releaseA!: () => void;
    const a = r.run('k', () => new Promise<void>((res) => (releaseA = () => { order.push('a'); res(); })));
    const b = r.run('k', async () => { order.push('b'); });
    const c = r.run('other', async () => { order.push('c'); });
    expect(r.pending()).toBe(3);
    await settle();
    expect(order).toEqual(['c']);
    releaseA();
    await Promise.all([a, b, c]);
    await settle();
    expect(order).toEqual(['c', 'a', 'b']);
    expect(r.pending()).toBe(0);
  });

  it('keeps the chain going after a failed task', async () => {
    const r = new AutosaveRegistry();
    const failed = r.run('k', async () => { throw new Error('x'); });
    const next = r.run('k', async () => 'ok');
    await expect(failed).rejects.toThrow('x');
    await expect(next).resolves.toBe('ok');
  });
});

describe('sameText', () => {
  it('compares the way the core stores (NFC, trimmed)', () => {
    expect(sameText('Nguyễn ', 'Nguyễn')).toBe(true);
    expect(sameText('Nguye\u0302\u0303n', 'Nguyễn')).toBe(true);
    expect(sameText('Nguyễn', 'Nguyên')).toBe(false);
  });
});

describe('AutosaveField', () => {
  const make = (save: (v: string, b: number) => Promise<{ version: number }>, stored = { value: '', version: 0 }, registry = new AutosaveRegistry()) =>
    new AutosaveField<string>({ key: 'text:framing:', save, registry, timers: fakeTimers }, stored);

  it('saves 400 ms after the last change, once, with the last text', async () => {
    const { calls, save } = manualSave();
    const f = make(save);
    f.onFocus();
    f.setValue('T');
    vitest.advanceTimersByTime(300);
    f.setValue('Tự');
    vitest.advanceTimersByTime(300);
    expect(calls).toHaveLength(0);
    expect(f.getSnapshot().status).toBe('dirty');
    vitest.advanceTimersByTime(100);
    await settle();
    expect(calls.map((c) => [c.value, c.baseVersion])).toEqual([['Tự', 0]]);
    expect(f.getSnapshot().status).toBe('saving');
    calls[0].resolve(1);
    await settle();
    expect(f.getSnapshot().status).toBe('saved');
  });

  it('saves at once on blur', async () => {
    const { calls, save } = manualSave();
    const f = make(save);
    f.onFocus();
    f.setValue('Có lúc còn ngại va chạm');
    f.onBlur();
    await settle();
    expect(calls.map((c) => c.value)).toEqual(['Có lúc còn ngại va chạm']);
  });

  it('does not save when nothing changed, and a text typed back to the stored one is not dirty', async () => {
    const { calls, save } = manualSave();
    const f = make(save, { value: 'abc', version: 2 });
    f.onFocus();
    f.onBlur();
    f.setValue('abcd');
    f.setValue('abc');
    vitest.advanceTimersByTime(1000);
    await settle();
    expect(calls).toHaveLength(0);
  });

  it('a fast typist who never pauses is still saved within the maximum wait', async () => {
    const { calls, save } = manualSave();
    const f = make(save);
    f.onFocus();
    let text = '';
    for (let i = 0; i < 40; i++) {
      text += 'a';
      f.setValue(text);
      vitest.advanceTimersByTime(100);
    }
    await settle();
    expect(calls.length).toBeGreaterThanOrEqual(1);
  });

  it('serializes saves of one record and sends each with the newest version (our own answer beats a stale snapshot)', async () => {
    const { calls, save } = manualSave();
    const registry = new AutosaveRegistry();
    const f = make(save, { value: '', version: 4 }, registry);
    f.onFocus();
    f.setValue('một');
    vitest.advanceTimersByTime(400);
    await settle();
    expect(calls).toHaveLength(1);
    // More typing while the first save is on its way: the second save waits for the first.
    f.setValue('một hai');
    vitest.advanceTimersByTime(400);
    await settle();
    expect(calls).toHaveLength(1);
    expect(f.getSnapshot().status).toBe('saving');
    // A snapshot fetched before the save landed arrives late, still at version 4.
    f.sync({ value: '', version: 4 });
    calls[0].resolve(5);
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ value: 'một hai', baseVersion: 5 });
    calls[1].resolve(6);
    await settle();
    expect(f.getSnapshot()).toMatchObject({ status: 'saved', value: 'một hai' });
    expect(registry.version('text:framing:')).toBe(6);
  });

  it('two fields of one record (statement and commitment) share the version', async () => {
    const server = { version: 1 };
    const registry = new AutosaveRegistry();
    const save = async (_v: string, base: number) => {
      if (base !== server.version) throw new ApiError('CONFLICT', 'x', [], { text: '', version: server.version });
      server.version += 1;
      return { version: server.version };
    };
    const statement = new AutosaveField<string>({ key: 'sr:m1:4', save, registry, timers: fakeTimers }, { value: '', version: 1 });
    const commitment = new AutosaveField<string>({ key: 'sr:m1:4', save, registry, timers: fakeTimers }, { value: '', version: 1 });
    statement.setValue('Việc tự học nghị quyết chưa đều');
    commitment.setValue('Tự học đủ các buổi');
    statement.onBlur();
    commitment.onBlur();
    await settle();
    await settle();
    expect(server.version).toBe(3);
    expect(statement.getSnapshot().status).toBe('saved');
    expect(commitment.getSnapshot().status).toBe('saved');
  });

  it('never replaces the text on screen while focused or unsaved; adopts the stored text when idle', async () => {
    const { save } = manualSave();
    const f = make(save, { value: 'cũ', version: 1 });
    f.onFocus();
    f.sync({ value: 'của người khác', version: 2 });
    expect(f.getSnapshot().value).toBe('cũ');
    f.onBlur();
    expect(f.getSnapshot().value).toBe('của người khác');
    // Not focused, not dirty: follows the snapshot at once.
    f.sync({ value: 'mới hơn', version: 3 });
    expect(f.getSnapshot().value).toBe('mới hơn');
  });

  it('IME composition: intermediate values are saved mid-composition, the committed text is what is stored, the value is never reset under it', async () => {
    const server = fakeServer();
    const f = make(server.save);
    f.onFocus();
    // Telex "Nguyeenx" as a browser reports it: each composition update is an input event.
    const steps = ['N', 'Ng', 'Ngu', 'Nguy', 'Nguye', 'Nguyê', 'Nguyên', 'Nguyễn'];
    const seen: string[] = [];
    for (const [i, s] of steps.entries()) {
      f.setValue(s);
      seen.push(f.getSnapshot().value);
      if (i === 4) {
        vitest.advanceTimersByTime(400); // autosave fires mid-composition
        await settle();
        // The snapshot refetched after that save must not touch the composing text.
        f.sync({ value: server.record.text, version: server.record.version });
      }
      expect(f.getSnapshot().value).toBe(s);
    }
    expect(seen).toEqual(steps);
    expect(server.calls[0].value).toBe('Nguye');
    f.onBlur();
    await settle();
    expect(server.record.text).toBe('Nguyễn');
    expect(f.getSnapshot().status).toBe('saved');
  });

  it('CONFLICT from the core: keeps my text, shows both; "keep mine" saves against the stored version', async () => {
    const server = fakeServer({ text: 'bản gốc', version: 1 });
    const f = make(server.save, { value: 'bản gốc', version: 1 });
    server.record.text = 'bản của cửa sổ kia';
    server.record.version = 2;
    f.onFocus();
    f.setValue('bản của tôi');
    f.onBlur();
    await settle();
    const snap = f.getSnapshot();
    expect(snap.status).toBe('conflict');
    expect(snap.value).toBe('bản của tôi');
    expect(snap.conflict).toEqual({ mine: 'bản của tôi', theirs: 'bản của cửa sổ kia', theirsVersion: 2 });
    // Typing during the conflict updates "mine" and does not save.
    f.setValue('bản của tôi, sửa thêm');
    vitest.advanceTimersByTime(1000);
    await settle();
    expect(server.calls).toHaveLength(1);
    await f.resolveConflict('mine');
    await settle();
    expect(server.record).toEqual({ text: 'bản của tôi, sửa thêm', version: 3 });
    expect(f.getSnapshot()).toMatchObject({ status: 'saved', conflict: null });
  });

  it('"use theirs" takes the stored text and saves nothing', async () => {
    const server = fakeServer({ text: 'A', version: 1 });
    const f = make(server.save, { value: 'A', version: 1 });
    server.record.text = 'B';
    server.record.version = 2;
    f.setValue('C');
    f.onBlur();
    await settle();
    await f.resolveConflict('theirs');
    expect(f.getSnapshot()).toMatchObject({ value: 'B', status: 'saved', conflict: null });
    expect(server.calls).toHaveLength(1);
  });

  it('a newer stored text seen in the snapshot is never silently overwritten', async () => {
    const server = fakeServer({ text: 'A', version: 1 });
    const f = make(server.save, { value: 'A', version: 1 });
    f.onFocus();
    // The other window saved; our snapshot already shows it, so the version check alone would pass.
    server.record.text = 'B';
    server.record.version = 2;
    f.sync({ value: 'B', version: 2 });
    f.setValue('A và C');
    f.onBlur();
    await settle();
    expect(server.calls).toHaveLength(0);
    expect(f.getSnapshot().conflict).toEqual({ mine: 'A và C', theirs: 'B', theirsVersion: 2 });
  });

  it('CONFLICT on another field of the same record is retried against the new version', async () => {
    const registry = new AutosaveRegistry();
    let version = 3;
    const calls: number[] = [];
    const save = async (_v: string, base: number) => {
      calls.push(base);
      if (base !== version) throw new ApiError('CONFLICT', 'x', [], { statement: 'không đổi', version });
      version += 1;
      return { version };
    };
    const f = new AutosaveField<string>(
      {
        key: 'sr:m1:5', save, registry, timers: fakeTimers,
        fromCurrent: (c) => ({ value: (c as { statement: string }).statement, version: (c as { version: number }).version }),
      },
      { value: 'không đổi', version: 2 },
    );
    f.setValue('có sửa');
    f.onBlur();
    await settle();
    expect(calls).toEqual([2, 3]);
    expect(f.getSnapshot()).toMatchObject({ status: 'saved', conflict: null });
  });

  it('an error keeps the text, shows the message, and the next change retries', async () => {
    let fail = true;
    const calls: string[] = [];
    const save = async (v: string) => {
      calls.push(v);
      if (fail) throw new ApiError('FORBIDDEN_STATE', 'Diễn đàn đã kết thúc, không sửa được.');
      return { version: 1 };
    };
    const f = make(save);
    f.setValue('x');
    f.onBlur();
    await settle();
    expect(f.getSnapshot()).toMatchObject({ status: 'error', error: 'Diễn đàn đã kết thúc, không sửa được.', value: 'x' });
    fail = false;
    await f.retry();
    await settle();
    expect(f.getSnapshot()).toMatchObject({ status: 'saved', error: null });
    expect(calls).toEqual(['x', 'x']);
  });

  it('a field message (issues) is preferred to the general one', async () => {
    const save = async () => {
      throw new ApiError('INVALID_INPUT', 'Dữ liệu chưa hợp lệ', [{ path: 'text', message: '«Nội dung» quá dài: tối đa 20000 ký tự; hãy rút gọn.' }]);
    };
    const f = make(save);
    f.setValue('x'.repeat(10));
    f.onBlur();
    await settle();
    expect(f.getSnapshot().error).toMatch(/quá dài/);
  });

  it('dispose saves what is unsaved (leaving a step never loses text)', async () => {
    const { calls, save } = manualSave();
    const f = make(save);
    f.setValue('chưa lưu');
    f.dispose();
    await settle();
    expect(calls.map((c) => c.value)).toEqual(['chưa lưu']);
  });

  it('publishes a new snapshot object only when something changed', () => {
    const { save } = manualSave();
    const f = make(save, { value: 'a', version: 1 });
    const listener = vitest.fn();
    f.subscribe(listener);
    const before = f.getSnapshot();
    f.sync({ value: 'a', version: 1 });
    expect(f.getSnapshot()).toBe(before);
    f.setValue('ab');
    expect(f.getSnapshot()).not.toBe(before);
    expect(listener).toHaveBeenCalled();
  });

  it('keeps the status snapshot while only the text changes (an uncontrolled field re-renders on status changes only)', async () => {
    const { save, calls } = manualSave();
    const f = make(save, { value: 'a', version: 1 });
    const idle = f.getStatusSnapshot();
    f.setValue('ab');
    const dirty = f.getStatusSnapshot();
    expect(dirty).not.toBe(idle);
    expect(dirty.status).toBe('dirty');
    f.setValue('abc');
    f.setValue('abcd');
    expect(f.getStatusSnapshot()).toBe(dirty);
    expect(f.getSnapshot().value).toBe('abcd');
    void f.flush();
    await settle();
    expect(calls.map((c) => c.value)).toEqual(['abcd']);
    expect(f.getStatusSnapshot().status).toBe('saving');
    calls[0].resolve(2);
    await settle();
    expect(f.getStatusSnapshot().status).toBe('saved');
  });
});
