import type { Cell, ParsedInput } from '../../contract';
import { createCellsRepo, type CellRow } from '../db/repos/cells.repo';
import { createMembersRepo } from '../db/repos/members.repo';
import { countMembers } from '../domain/members';
import { conflict, notFound } from '../errors';
import { nowIso, type ServiceContext } from './context';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export async function cellToDto(db: Kysely<Database>, row: CellRow): Promise<Cell> {
  const members = await createMembersRepo(db).listByCell(row.id);
  return {
    id: row.id,
    name: row.name,
    higherBody: row.higher_body,
    placeName: row.place_name,
    termStartYear: row.term_start_year,
    termEndYear: row.term_end_year,
    isSample: row.is_sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    memberCounts: countMembers(members.map((m) => ({ status: m.status, exempt: m.exempt === 1, active: m.active === 1 }))),
  };
}

export async function requireCell(db: Kysely<Database>, id: string): Promise<CellRow> {
  const row = await createCellsRepo(db).find(id);
  if (!row) throw notFound('chi bộ');
  return row;
}

export async function listCells(ctx: ServiceContext): Promise<Cell[]> {
  const rows = await createCellsRepo(ctx.db).list();
  return Promise.all(rows.map((row) => cellToDto(ctx.db, row)));
}

export async function getCell(ctx: ServiceContext, id: string): Promise<Cell> {
  return cellToDto(ctx.db, await requireCell(ctx.db, id));
}

export async function createCell(
  ctx: ServiceContext,
  input: ParsedInput<'cell.create'>,
  options: { isSample?: boolean } = {},
): Promise<Cell> {
  const now = nowIso(ctx);
  const row: CellRow = {
    id: ctx.newId(),
    name: input.name,
    higher_body: input.higherBody,
    place_name: input.placeName,
    term_start_year: input.termStartYear,
    term_end_year: input.termEndYear,
    is_sample: options.isSample ? 1 : 0,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await createCellsRepo(ctx.db).insert(row);
  ctx.emit('data.changed', { entity: 'cell', id: row.id, cellId: row.id });
  return cellToDto(ctx.db, row);
}

export async function updateCell(ctx: ServiceContext, input: ParsedInput<'cell.update'>): Promise<Cell> {
  const cell = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireCell(trx, input.id);
    const next: CellRow = {
      ...current,
      name: input.name,
      higher_body: input.higherBody,
      place_name: input.placeName,
      term_start_year: input.termStartYear,
      term_end_year: input.termEndYear,
      updated_at: nowIso(ctx),
      version: current.version + 1,
    };
    if (!(await createCellsRepo(trx).updateIfVersion(next, input.version))) throw conflict('Thông tin chi bộ');
    return cellToDto(trx, next);
  });
  ctx.emit('data.changed', { entity: 'cell', id: cell.id, cellId: cell.id });
  return cell;
}
