// A fixed sequence of calls (good and bad) that every transport must answer identically.
import { aCell, eightMembers } from './test-core';

export type Call = (name: string, input: unknown) => Promise<unknown>;

export async function runScenario(call: Call): Promise<unknown[]> {
  const results: unknown[] = [];
  const record = async (name: string, input: unknown) => {
    const result = await call(name, input);
    results.push({ name, result });
    return result as { ok: boolean; data?: any };
  };
  await record('app.info', {});
  const cell = await record('cell.create', aCell);
  const cellId = cell.data.id as string;
  const memberIds: string[] = [];
  for (const m of eightMembers) memberIds.push((await record('member.create', { cellId, ...m })).data.id);
  await record('member.list', { cellId });
  const forum = await record('forum.create', {
    cellId, topic: 'Tự soi quý IV', date: '2026-12-10', startTime: '14:00', chairMemberId: memberIds[0], focus: [4, 5, 10],
  });
  await record('forum.get', { id: forum.data.id });
  await record('forum.update', { id: forum.data.id, version: 1, topic: 'Tự soi, tự sửa quý IV', date: '2026-12-11', startTime: '08:00' });
  await record('forum.update', { id: forum.data.id, version: 1, topic: 'Bản cũ', date: '2026-12-11', startTime: '08:00' });
  await record('catalogue.list', {});
  await record('cell.get', { id: cellId });
  // Bad input of every kind.
  await record('cell.create', { name: '', higherBody: 12 });
  await record('member.create', { cellId, fullName: 'x'.repeat(100_000), status: 'chinh_thuc', partyRole: 'dang_vien' });
  await record('member.create', { cellId, fullName: 'Lê\u0007Văn', status: 'chinh_thuc', partyRole: 'dang_vien' });
  await record('forum.get', { id: 'khong-co' });
  await record('forum.create', { cellId, topic: 'Ngày sai', date: '2026-02-30', startTime: '25:00' });
  await record('no.such.method', {});
  await record('cell.list', null);
  await record('forum.delete', { id: forum.data.id });
  return results;
}

/** Repeatable ids and clock, so three separate cores produce identical answers. */
export function deterministicCoreOptions() {
  let n = 0;
  return {
    now: () => new Date('2026-11-23T08:00:00.000Z'),
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    validateOutput: true,
  };
}
