// Generic row access for moving a cell's data between laptops: the transfer service works on whole
// rows of a fixed list of tables, keyed as each table is keyed. Table names come only from that
// list (TRANSFER_TABLE_NAMES); column names only from the table's own PRAGMA table_info.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';
import { TRANSFER_TABLE_NAMES, type PlainRow, type PlainValue, type TransferTable } from '../../domain/transfer/transfer-tables';

const CHUNK = 400;

function assertTable(table: string): asserts table is TransferTable {
  if (!(TRANSFER_TABLE_NAMES as readonly string[]).includes(table)) throw new Error(`not a transfer table: ${table}`);
}

export function createTransferRepo(db: Kysely<Database>) {
  const columnCache = new Map<string, string[]>();

  /** The table's stored columns (generated columns such as self_reviews.subject are not among them). */
  async function columnsOf(table: TransferTable): Promise<string[]> {
    assertTable(table);
    const cached = columnCache.get(table);
    if (cached) return cached;
    const info = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
    const columns = info.rows.map((r) => r.name);
    columnCache.set(table, columns);
    return columns;
  }

  /** Rows whose `column` is one of `values` (in chunks: SQLite caps bound parameters). */
  async function rowsWhereIn(table: TransferTable, column: string, values: readonly PlainValue[]): Promise<PlainRow[]> {
    const columns = await columnsOf(table);
    if (!columns.includes(column)) throw new Error(`no column ${column} in ${table}`);
    const distinct = [...new Set(values.filter((v) => v !== null))];
    const out: PlainRow[] = [];
    for (let i = 0; i < distinct.length; i += CHUNK) {
      const part = distinct.slice(i, i + CHUNK);
      const result = await sql<PlainRow>`SELECT ${sql.join(columns.map((c) => sql.ref(c)))} FROM ${sql.table(table)}
        WHERE ${sql.ref(column)} IN (${sql.join(part)}) ORDER BY rowid`.execute(db);
      out.push(...result.rows);
    }
    return out;
  }

  return {
    columnsOf,
    rowsWhereIn,
    async insert(table: TransferTable, row: PlainRow): Promise<void> {
      const columns = await columnsOf(table);
      const names = Object.keys(row).filter((c) => columns.includes(c));
      await sql`INSERT INTO ${sql.table(table)} (${sql.join(names.map((c) => sql.ref(c)))})
        VALUES (${sql.join(names.map((c) => row[c]))})`.execute(db);
    },
    /** Updates the row with these key values to the given values; true when one row changed. */
    async update(table: TransferTable, key: readonly string[], row: PlainRow): Promise<boolean> {
      const columns = await columnsOf(table);
      const names = Object.keys(row).filter((c) => columns.includes(c) && !key.includes(c));
      const where = key.map((k) => (row[k] === null ? sql`${sql.ref(k)} IS NULL` : sql`${sql.ref(k)} = ${row[k]}`));
      const result = await sql`UPDATE ${sql.table(table)} SET ${sql.join(names.map((c) => sql`${sql.ref(c)} = ${row[c]}`))}
        WHERE ${sql.join(where, sql` AND `)}`.execute(db);
      return Number(result.numAffectedRows ?? 0) === 1;
    },
  };
}

export type TransferRepo = ReturnType<typeof createTransferRepo>;
