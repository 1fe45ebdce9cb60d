// Shipped: never edit. Full-text search over what was said and written at every forum: members'
// statements and commitments, comments and responses, forum texts (framing, guest remarks,
// collective review, conclusions), the current version of each document (one entry per section)
// and action items.
//
// `search_docs` holds one row per searchable text with what the filters and the result list need
// (cell, member, indicator, forum date); `search_fts` is a contentless FTS5 index over the same
// text (`body`, with đ/Đ folded to d/D: FTS5's unicode61 strips tones but keeps đ, a letter of its
// own) and over filter tokens (`tags`: cell, members, indicator, kind, year), so a filter is one
// more term FTS5 intersects instead of a row-by-row check; `search_vocab` gives each word's
// document count for ranking.
// Triggers on the source tables keep search_docs current on every write, whoever writes; triggers on
// search_docs keep the index in step. Everything is plain SQL (replace() for the fold), so any
// connection — the app, a test, the sqlite3 shell — keeps the index right.
import { sql, type Kysely } from 'kysely';

const fold = (expr: string) => `replace(replace(${expr}, 'đ', 'd'), 'Đ', 'D')`;
// "c<cell id> m<member id> m<other member id> i<indicator> k<kind> y<year>", ids without their
// hyphens so a UUID is one token, not five (a fifth of the index); an _ still splits an id, and the
// query quotes the same string, so it matches as a phrase.
const tagId = (expr: string) => `replace(${expr}, '-', '')`;
const tags = (r: string) =>
  `'c' || ${tagId(`${r}.cell_id`)} || ' m' || coalesce(${tagId(`${r}.member_id`)}, 'none') || ' m' || coalesce(${tagId(`${r}.other_member_id`)}, 'none')
   || ' i' || coalesce(${r}.indicator_no, 0) || ' k' || ${r}.kind || ' y' || substr(${r}.date, 1, 4)`;
const indexRow = (r: string) => `INSERT INTO search_fts (rowid, body, tags) VALUES (${r}.id, ${fold(`${r}.text`)}, ${tags(r)})`;

const DOC_COLUMNS = 'kind, ref, label, forum_id, cell_id, member_id, other_member_id, indicator_no, date, text';

// Each source as `SELECT <DOC_COLUMNS> FROM … WHERE …`, written against a row alias `s` so the same
// text serves the triggers (s = NEW, one row) and the initial fill (s = every row of the table).

const reviewKey = (s: string) => `${s}.forum_id || '|' || coalesce(${s}.subject_member_id, 'collective') || '|' || ${s}.indicator_no`;
const reviewSelect = (s: string, field: 'statement' | 'commitment', from: string, cond: string) =>
  `SELECT '${field}', ${reviewKey(s)}, '', ${s}.forum_id, f.cell_id, ${s}.subject_member_id, NULL, ${s}.indicator_no, f.date, ${s}.${field}
   FROM ${from} WHERE ${cond} AND trim(${s}.${field}) <> ''`;

const commentSelect = (s: string, from: string, cond: string) =>
  `SELECT 'comment', ${s}.id, ${s}.target_kind, ${s}.forum_id, f.cell_id, ${s}.from_member_id, ${s}.target_member_id, ${s}.indicator_no, f.date, ${s}.text
   FROM ${from} WHERE ${cond} AND trim(${s}.text) <> ''`;
const responseSelect = (s: string, from: string, cond: string) =>
  `SELECT 'response', ${s}.id, coalesce(${s}.response_kind, ''), ${s}.forum_id, f.cell_id, ${s}.target_member_id, ${s}.from_member_id, ${s}.indicator_no, f.date, ${s}.response_text
   FROM ${from} WHERE ${cond} AND trim(${s}.response_text) <> ''`;

const textKey = (s: string) => `${s}.forum_id || '|' || ${s}.kind || '|' || ${s}.subject`;
const forumTextSelect = (s: string, from: string, cond: string) =>
  `SELECT 'forum_text', ${textKey(s)}, ${s}.kind, ${s}.forum_id, f.cell_id, (SELECT m.id FROM members m WHERE m.id = ${s}.subject), NULL, NULL, f.date, ${s}.text
   FROM ${from} WHERE ${cond} AND trim(${s}.text) <> ''`;

const actionText = (s: string) =>
  `trim(${s}.shortcoming || CASE WHEN trim(${s}.cause) <> '' THEN char(10) || ${s}.cause ELSE '' END || char(10) || ${s}.measure
   || CASE WHEN trim(${s}.expected_result) <> '' THEN char(10) || ${s}.expected_result ELSE '' END
   || CASE WHEN trim(${s}.note) <> '' THEN char(10) || ${s}.note ELSE '' END)`;
const actionSelect = (s: string, from: string, cond: string) =>
  `SELECT 'action', ${s}.id, ${s}.owner_kind, ${s}.forum_id, f.cell_id, ${s}.owner_member_id, NULL,
     coalesce(${s}.origin_indicator_no, json_extract(${s}.indicator_nos, '$[0]')), f.date, ${actionText(s)}
   FROM ${from} WHERE ${cond}`;

// A document's sections, from its newest version: headings, paragraphs (runs joined), table cells.
// Ordered sub-selects rather than group_concat(… ORDER BY …), which needs SQLite 3.44: a user's
// older sqlite3 shell must still be able to read this schema (README: copying the file safely).
const blockText = `CASE json_extract(b.value, '$.kind')
    WHEN 'heading' THEN json_extract(b.value, '$.text')
    WHEN 'paragraph' THEN (SELECT group_concat(t, '') FROM (SELECT json_extract(r.value, '$.text') AS t FROM json_each(b.value, '$.runs') r ORDER BY r.key))
    WHEN 'table' THEN (SELECT group_concat(t, ' | ') FROM (SELECT c.value AS t FROM json_tree(b.value, '$.rows') c WHERE c.type = 'text' ORDER BY c.id))
  END`;
const documentSelect = (cond: string) =>
  `SELECT 'document', ref, label, forum_id, cell_id, NULL, NULL, NULL, date, text FROM (
     SELECT v.document_id || '|' || json_extract(sec.value, '$.key') AS ref, d.type_code || ' ' || json_extract(sec.value, '$.title') AS label,
       d.forum_id AS forum_id, f.cell_id AS cell_id, f.date AS date,
       (SELECT group_concat(t, char(10)) FROM (SELECT ${blockText} AS t FROM json_each(sec.value, '$.blocks') b ORDER BY b.key)) AS text
     FROM document_versions v
     JOIN documents d ON d.id = v.document_id
     JOIN forums f ON f.id = d.forum_id
     JOIN json_each(v.sections) sec
     WHERE ${cond} AND v.version_no = (SELECT max(x.version_no) FROM document_versions x WHERE x.document_id = v.document_id)
   ) WHERE trim(coalesce(text, '')) <> ''`;
const documentRange = (documentIdExpr: string) =>
  `kind = 'document' AND ref >= ${documentIdExpr} || '|' AND ref < ${documentIdExpr} || '}'`;

function trigger(name: string, when: string, table: string, body: string[]): string {
  return `CREATE TRIGGER ${name} ${when} ON ${table} BEGIN\n${body.map((b) => `  ${b};`).join('\n')}\nEND`;
}
const insertDocs = (select: string) => `INSERT INTO search_docs (${DOC_COLUMNS}) ${select}`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('statement', 'commitment', 'comment', 'response', 'forum_text', 'document', 'action')),
    ref TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    forum_id TEXT NOT NULL,
    cell_id TEXT NOT NULL,
    member_id TEXT,
    other_member_id TEXT,
    indicator_no INTEGER,
    date TEXT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (kind, ref)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX search_docs_by_forum ON search_docs(forum_id)`.execute(db);
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
    body, tags, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  )`.execute(db);
  await sql`CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'col')`.execute(db);

  const statements = [
    // The index follows search_docs.
    trigger('search_docs_ai', 'AFTER INSERT', 'search_docs', [indexRow('NEW')]),
    trigger('search_docs_ad', 'AFTER DELETE', 'search_docs', ['DELETE FROM search_fts WHERE rowid = OLD.id']),
    trigger('search_docs_au', 'AFTER UPDATE OF kind, cell_id, member_id, other_member_id, indicator_no, date, text', 'search_docs', [
      'DELETE FROM search_fts WHERE rowid = OLD.id',
      indexRow('NEW'),
    ]),
    // A forum's date (or cell) moves its entries.
    trigger('search_forums_au', 'AFTER UPDATE OF date, cell_id', 'forums WHEN OLD.date IS NOT NEW.date OR OLD.cell_id IS NOT NEW.cell_id', [
      'UPDATE search_docs SET date = NEW.date, cell_id = NEW.cell_id WHERE forum_id = NEW.id',
    ]),

    trigger('search_self_reviews_ai', 'AFTER INSERT', 'self_reviews', [
      insertDocs(reviewSelect('NEW', 'statement', 'forums f', 'f.id = NEW.forum_id')),
      insertDocs(reviewSelect('NEW', 'commitment', 'forums f', 'f.id = NEW.forum_id')),
    ]),
    trigger('search_self_reviews_au', 'AFTER UPDATE OF forum_id, subject_member_id, indicator_no, statement, commitment', 'self_reviews', [
      `DELETE FROM search_docs WHERE kind IN ('statement', 'commitment') AND ref = ${reviewKey('OLD')}`,
      insertDocs(reviewSelect('NEW', 'statement', 'forums f', 'f.id = NEW.forum_id')),
      insertDocs(reviewSelect('NEW', 'commitment', 'forums f', 'f.id = NEW.forum_id')),
    ]),
    trigger('search_self_reviews_ad', 'AFTER DELETE', 'self_reviews', [
      `DELETE FROM search_docs WHERE kind IN ('statement', 'commitment') AND ref = ${reviewKey('OLD')}`,
    ]),

    trigger('search_comments_ai', 'AFTER INSERT', 'comments', [
      insertDocs(commentSelect('NEW', 'forums f', 'f.id = NEW.forum_id')),
      insertDocs(responseSelect('NEW', 'forums f', 'f.id = NEW.forum_id')),
    ]),
    trigger('search_comments_au', 'AFTER UPDATE OF forum_id, from_member_id, target_kind, target_member_id, indicator_no, text, response_kind, response_text', 'comments', [
      `DELETE FROM search_docs WHERE kind IN ('comment', 'response') AND ref = OLD.id`,
      insertDocs(commentSelect('NEW', 'forums f', 'f.id = NEW.forum_id')),
      insertDocs(responseSelect('NEW', 'forums f', 'f.id = NEW.forum_id')),
    ]),
    trigger('search_comments_ad', 'AFTER DELETE', 'comments', [`DELETE FROM search_docs WHERE kind IN ('comment', 'response') AND ref = OLD.id`]),

    trigger('search_forum_texts_ai', 'AFTER INSERT', 'forum_texts', [insertDocs(forumTextSelect('NEW', 'forums f', 'f.id = NEW.forum_id'))]),
    trigger('search_forum_texts_au', 'AFTER UPDATE OF forum_id, kind, subject, text', 'forum_texts', [
      `DELETE FROM search_docs WHERE kind = 'forum_text' AND ref = ${textKey('OLD')}`,
      insertDocs(forumTextSelect('NEW', 'forums f', 'f.id = NEW.forum_id')),
    ]),
    trigger('search_forum_texts_ad', 'AFTER DELETE', 'forum_texts', [`DELETE FROM search_docs WHERE kind = 'forum_text' AND ref = ${textKey('OLD')}`]),

    trigger('search_action_items_ai', 'AFTER INSERT', 'action_items', [insertDocs(actionSelect('NEW', 'forums f', 'f.id = NEW.forum_id'))]),
    trigger('search_action_items_au', 'AFTER UPDATE OF forum_id, shortcoming, cause, measure, expected_result, note, owner_kind, owner_member_id, origin_indicator_no, indicator_nos', 'action_items', [
      `DELETE FROM search_docs WHERE kind = 'action' AND ref = OLD.id`,
      insertDocs(actionSelect('NEW', 'forums f', 'f.id = NEW.forum_id')),
    ]),
    trigger('search_action_items_ad', 'AFTER DELETE', 'action_items', [`DELETE FROM search_docs WHERE kind = 'action' AND ref = OLD.id`]),

    // A document is searched in its newest version; any change to its versions re-reads it.
    ...(['AFTER INSERT', 'AFTER UPDATE OF sections, version_no', 'AFTER DELETE'] as const).map((when, i) => {
      const row = when === 'AFTER DELETE' ? 'OLD' : 'NEW';
      return trigger(`search_document_versions_${['ai', 'au', 'ad'][i]}`, when, 'document_versions', [
        `DELETE FROM search_docs WHERE ${documentRange(`${row}.document_id`)}`,
        insertDocs(documentSelect(`v.document_id = ${row}.document_id`)),
      ]);
    }),
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);

  // What is already there.
  const fills = [
    insertDocs(reviewSelect('s', 'statement', 'self_reviews s JOIN forums f ON f.id = s.forum_id', '1')),
    insertDocs(reviewSelect('s', 'commitment', 'self_reviews s JOIN forums f ON f.id = s.forum_id', '1')),
    insertDocs(commentSelect('s', 'comments s JOIN forums f ON f.id = s.forum_id', '1')),
    insertDocs(responseSelect('s', 'comments s JOIN forums f ON f.id = s.forum_id', '1')),
    insertDocs(forumTextSelect('s', 'forum_texts s JOIN forums f ON f.id = s.forum_id', '1')),
    insertDocs(actionSelect('s', 'action_items s JOIN forums f ON f.id = s.forum_id', '1')),
    insertDocs(documentSelect('1')),
  ];
  for (const statement of fills) await sql.raw(statement).execute(db);
}
