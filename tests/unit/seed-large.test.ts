// The large-data generator makes a database the real app reads: every method a user would open on
// a generated cell answers, and its output passes the contract's schemas.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seedLarge } from '../bench/seed-large';
import { startTestCore, tempDir } from '../support/test-core';

const counts = (file: string) => {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    const n = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      cells: n('cells'), members: n('members'), forums: n('forums'), reviews: n('self_reviews'), comments: n('comments'),
      items: n('action_items'), progress: n('action_progress'), documents: n('document_versions'),
      fingerprint: (sqlite.prepare(`SELECT group_concat(full_name, '|') AS f FROM (SELECT full_name FROM members ORDER BY id LIMIT 50)`).get() as { f: string }).f,
    };
  } finally {
    sqlite.close();
  }
};

describe('seed:large', () => {
  it('generates closed quarterly forums the app opens, deterministically', async () => {
    const dir = tempDir('tusoi-seed-');
    const result = await seedLarge({ dataDir: dir, cells: 3, membersPerCell: 12, years: 2, seed: 7 });
    expect(result).toMatchObject({ cells: 3, forums: 3 * 8, members: 36 });
    const first = counts(result.dataFile);
    expect(first).toMatchObject({ cells: 3, members: 36, forums: 24, documents: 24 });
    expect(first.reviews).toBeGreaterThan(24 * 3);
    expect(first.comments).toBeGreaterThan(24 * 3);
    expect(first.items).toBeGreaterThan(0);
    expect(first.progress).toBeGreaterThan(0);
    expect(first.fingerprint).toMatch(/[ĐđƯưÂâÊêÔôƠơĂă]/u);

    const again = await seedLarge({ dataDir: tempDir('tusoi-seed-'), cells: 3, membersPerCell: 12, years: 2, seed: 7 });
    expect(counts(again.dataFile)).toEqual(first);

    const core = await startTestCore(dir);
    try {
      const cells = await core.ok('cell.list', {});
      expect(cells).toHaveLength(3);
      const forums = await core.ok('forum.list', { cellId: cells[0].id });
      expect(forums).toHaveLength(8);
      expect(forums.map((f) => f.date).sort()[0]).toMatch(/^2019-/);
      for (const forum of forums.slice(0, 3)) {
        const live = await core.ok('live.get', { forumId: forum.id });
        expect(live.forum.status).toBe('closed');
        await core.ok('document.get', { forumId: forum.id, typeCode: 'NQ' });
        await core.ok('vote.get', { forumId: forum.id });
      }
      const actions = await core.ok('action.list', { cellId: cells[0].id });
      expect(actions.length).toBeGreaterThan(0);
    } finally {
      await core.close();
    }
  }, 60_000);
});
