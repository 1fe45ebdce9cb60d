// Roster import and export (danh sách đảng viên). The preview reads the file and lists each row
// with its problems; the import reads the same file again, checks it again against the cell as it
// is now, and writes all rows in one transaction or none at all.
import type { Member, ParsedInput, RosterPreview } from '../../../contract';
import { createMembersRepo, type MemberRow } from '../../db/repos/members.repo';
import { readRosterFile, type RosterFileContents } from '../../domain/rosters/roster-file';
import { checkRosterAgainstCell, RosterFileError, type RosterRow } from '../../domain/rosters/roster-rows';
import { renderRosterCsv, renderRosterXlsx } from '../../domain/rosters/roster-write';
import { asciiSlug, sortByVietnameseName } from '../../domain/vietnamese';
import { CoreError, invalidField } from '../../errors';
import { requireCell } from '../cells.service';
import { nowIso, type ServiceContext } from '../context';
import { beforeImport } from '../import-guard';

type Db = ServiceContext['db'];

async function readChecked(ctx: ServiceContext, db: Db, input: { cellId: string; base64: string }): Promise<{ file: RosterFileContents; rows: RosterRow[] }> {
  await requireCell(db, input.cellId);
  let file: RosterFileContents;
  try {
    file = await readRosterFile(Buffer.from(input.base64, 'base64'), { currentYear: ctx.now().getUTCFullYear() });
  } catch (error) {
    if (error instanceof RosterFileError) throw invalidField('base64', error.message);
    throw error;
  }
  const existing = (await createMembersRepo(db).listByCell(input.cellId))
    .filter((m) => m.active === 1)
    .map((m) => ({ fullName: m.full_name, birthYear: m.birth_year, partyRole: m.party_role }));
  return { file, rows: checkRosterAgainstCell(file.rows, existing) };
}

export async function previewRoster(ctx: ServiceContext, input: ParsedInput<'roster.preview'>): Promise<RosterPreview> {
  const { file, rows } = await readChecked(ctx, ctx.db, input);
  return {
    format: file.format,
    sheetName: file.sheetName,
    columns: file.columns.flatMap((c) => (c.field ? [{ header: c.header, field: c.field }] : [])),
    ignoredHeaders: file.ignoredHeaders,
    rows: rows.map((r) => ({ rowNo: r.rowNo, ...r.values, problems: r.problems })),
    problemRows: rows.filter((r) => r.problems.length > 0).length,
  };
}

function refuseProblems(rows: RosterRow[]): void {
  const bad = rows.filter((r) => r.problems.length > 0);
  if (bad.length === 0) return;
  throw new CoreError(
    'INVALID_INPUT',
    `Chưa nhập: ${bad.length} dòng còn lỗi (dòng ${bad.slice(0, 5).map((r) => r.rowNo).join(', ')}${bad.length > 5 ? ', …' : ''}). Hãy sửa tệp theo bản xem trước rồi chọn lại tệp; chưa có gì được ghi.`,
    bad.slice(0, 50).map((r) => ({ path: `row.${r.rowNo}`, message: `Dòng ${r.rowNo}: ${r.problems.join(' ')}` })),
  );
}

export async function importRoster(ctx: ServiceContext, input: ParsedInput<'roster.import'>): Promise<{ imported: number }> {
  // Checked once before the backup (a bad file costs nothing), and again inside the transaction.
  refuseProblems((await readChecked(ctx, ctx.db, input)).rows);
  await beforeImport(ctx);
  const imported = await ctx.db.transaction().execute(async (trx) => {
    const { rows } = await readChecked(ctx, trx, input);
    refuseProblems(rows);
    const now = nowIso(ctx);
    const members: MemberRow[] = rows.map((r) => ({
      id: ctx.newId(),
      cell_id: input.cellId,
      full_name: r.values.fullName,
      birth_year: r.values.birthYear,
      status: r.values.status!,
      party_role: r.values.partyRole,
      other_positions: r.values.otherPositions,
      exempt: r.values.exempt ? 1 : 0,
      active: 1,
      created_at: now,
      updated_at: now,
      version: 1,
    }));
    await createMembersRepo(trx).insertMany(members);
    return members.length;
  });
  ctx.emit('data.changed', { entity: 'member', id: input.cellId, cellId: input.cellId });
  return { imported };
}

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;

/** The cell's current members (not those who left), sorted the Vietnamese way. */
export async function exportRoster(ctx: ServiceContext, input: ParsedInput<'roster.export'>) {
  const cell = await requireCell(ctx.db, input.cellId);
  const rows = sortByVietnameseName(
    (await createMembersRepo(ctx.db).listByCell(input.cellId)).filter((m) => m.active === 1),
    (m) => m.full_name,
  );
  const members: Pick<Member, 'fullName' | 'birthYear' | 'status' | 'partyRole' | 'otherPositions' | 'exempt'>[] = rows.map((m) => ({
    fullName: m.full_name,
    birthYear: m.birth_year,
    status: m.status,
    partyRole: m.party_role,
    otherPositions: m.other_positions,
    exempt: m.exempt === 1,
  }));
  const bytes = input.format === 'xlsx' ? await renderRosterXlsx(cell.name, members) : renderRosterCsv(members);
  return { fileName: `Danh-sach-dang-vien-${asciiSlug(cell.name)}.${input.format}`, mimeType: MIME[input.format], base64: bytes.toString('base64') };
}
