// Property: whatever garbage reaches any method, through dispatch or HTTP, the answer is a clear
// Vietnamese error (never a crash, never HTTP 500), and the database is left exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type Result } from '../../src-main/contract';
import { startHttpServer, type RunningHttpServer } from '../../src-main/server/http-server';
import { snapshotDatabase } from '../support/db-snapshot';
import { postJson, postRaw } from '../support/http-client';
import { aCell, startTestCore, type TestCore } from '../support/test-core';

let core: TestCore;
let server: RunningHttpServer;
let validInputs: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  core = await startTestCore();
  server = await startHttpServer({ dispatch: core.dispatch, subscribe: core.subscribe, appVersion: 't', schemaVersion: 1, port: 0 });
  // Real records to aim at; the sample cell exists already, so sample.open writes nothing more.
  await core.ok('sample.open', {});
  const cell = await core.ok('cell.create', aCell);
  const member = await core.ok('member.create', { cellId: cell.id, fullName: 'Nguyễn Văn Tuấn', status: 'chinh_thuc', partyRole: 'bi_thu' });
  const forum = await core.ok('forum.create', { cellId: cell.id, topic: 'Tự soi quý IV', date: '2026-12-10', startTime: '14:00' });
  const catalogue = await core.ok('catalogue.get', {});
  validInputs = {
    'cell.get': { id: cell.id },
    'cell.create': { ...aCell },
    'cell.update': { ...aCell, id: cell.id, version: cell.version },
    'member.list': { cellId: cell.id, includeLeft: true },
    'member.create': { cellId: cell.id, fullName: 'Trần Thị Hằng', birthYear: 1980, status: 'du_bi', partyRole: 'dang_vien', otherPositions: 'Kế toán', exempt: false, active: true },
    'member.update': { id: member.id, version: member.version, fullName: 'Nguyễn Văn Tuấn', birthYear: null, status: 'chinh_thuc', partyRole: 'bi_thu', otherPositions: '', exempt: false, active: true },
    'catalogue.get': { id: catalogue.id },
    'catalogue.revise': { catalogueId: catalogue.id, note: 'Đối chiếu', changes: [{ no: 4, text: 'Nội dung', confirmed: true }] },
    'forum.list': { cellId: cell.id },
    'forum.get': { id: forum.id },
    'forum.create': { cellId: cell.id, topic: 'Chủ đề', date: '2026-12-01', startTime: '08:00', place: 'Hội trường', basisDocuments: ['Kế hoạch số 28-KH/TU'], chairMemberId: member.id, secretaryMemberId: null, guests: [{ name: 'Lê Thị Hà', position: 'Đảng ủy viên' }], focus: [4, 5] },
    'forum.update': { id: forum.id, version: forum.version, topic: 'Chủ đề', date: '2026-12-01', startTime: '08:00', place: '', basisDocuments: [], chairMemberId: null, secretaryMemberId: null, guests: [], focus: [1] },
    'forum.delete': { id: forum.id },
  };
});
afterAll(async () => {
  await server.close();
  await core.close();
});

const HUGE = 'x'.repeat(100_000);
const TEXT_ATTACKS = [HUGE, 'a\u0007b', '\uD800x', 'dòng một\u0000'];

/** Values that can never be valid in place of a field whose valid value is `base`. */
function badValuesFor(key: string, base: unknown): unknown[] {
  const wrongType = [{}, [12345], { nested: { deeper: true } }];
  if (typeof base === 'string') {
    const idLike = key === 'id' || key.endsWith('Id');
    return [...wrongType, 12345, true, ...TEXT_ATTACKS, ...(idLike ? ['', 'khong-ton-tai', '../../etc/passwd'] : [])];
  }
  if (typeof base === 'number' || base === null) return [...wrongType, '1990', true, 1.5, -1e12, 'NaN'];
  if (typeof base === 'boolean') return [...wrongType, 'true', 1, null];
  if (Array.isArray(base)) return [12345, 'x', {}, [12345], [{}], [HUGE]];
  return [12345, 'x', [12345]];
}

const WRITE_METHODS = Object.keys({
  'cell.create': 1, 'cell.update': 1, 'member.create': 1, 'member.update': 1, 'catalogue.revise': 1,
  'forum.create': 1, 'forum.update': 1, 'forum.delete': 1,
});

/** A valid input with exactly one field broken. */
const brokenField = fc
  .constantFrom(...WRITE_METHODS)
  .chain((method) => {
    const base = validInputs[method];
    return fc.constantFrom(...Object.keys(base)).chain((key) =>
      fc.constantFrom(...badValuesFor(key, base[key])).map((bad) => ({ method, input: { ...base, [key]: bad } })),
    );
  });

/** Anything at all, to any method name, known or not. */
const anythingAnywhere = fc.record({
  method: fc.oneof(fc.constantFrom(...METHOD_NAMES), fc.string({ maxLength: 40 })),
  input: fc.anything({ maxDepth: 3, withNullPrototype: false }),
});

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const NO_WRITE_CODES = new Set(['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN_STATE', 'UNKNOWN_METHOD']);

function expectHarmlessAnswer(method: string, result: Result<unknown>) {
  if (result.ok) {
    // Only reads (and the idempotent sample.open) may succeed on random input.
    expect(WRITE_METHODS, `${method} accepted a broken input`).not.toContain(method);
    return;
  }
  expect(NO_WRITE_CODES.has(result.error.code), `${method}: ${result.error.code} ${result.error.message}`).toBe(true);
  expect(result.error.message).toMatch(VIETNAMESE);
  for (const issue of result.error.issues ?? []) {
    expect(issue.message).toMatch(VIETNAMESE);
    // A message about a field names it, in the words the user sees.
    if (issue.path !== '') expect(issue.message, `${method} ${issue.path}: ${issue.message}`).toMatch(/«.+»/);
  }
}

describe('bad input never crashes and never writes', () => {
  it('through dispatch', async () => {
    const before = snapshotDatabase(core.dataFile);
    await fc.assert(
      fc.asyncProperty(fc.oneof(brokenField, anythingAnywhere), async ({ method, input }) => {
        expectHarmlessAnswer(method, await core.dispatch(method, input));
      }),
      { numRuns: 400 },
    );
    expect(snapshotDatabase(core.dataFile)).toBe(before);
  });

  it('through HTTP, including malformed bodies', async () => {
    const before = snapshotDatabase(core.dataFile);
    await fc.assert(
      fc.asyncProperty(fc.oneof(brokenField, anythingAnywhere), async ({ method, input }) => {
        const safeName = encodeURIComponent(method);
        const answer = await postJson(server.url, safeName, input);
        expect(answer.status, `${method} → HTTP ${answer.status}`).toBeLessThan(500);
        expectHarmlessAnswer(method, answer.body as Result<unknown>);
      }),
      { numRuns: 250 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WRITE_METHODS), fc.string({ maxLength: 200 }), async (method, body) => {
        const answer = await postRaw(server.url, method, body);
        expect(answer.status).toBeLessThan(500);
        expect((answer.body as Result<unknown>).ok).toBe(false);
      }),
      { numRuns: 150 },
    );
    expect(snapshotDatabase(core.dataFile)).toBe(before);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  });
});
