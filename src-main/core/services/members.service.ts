import type { Kysely } from 'kysely';
import type { Member, ParsedInput } from '../../contract';
import type { Database } from '../db/schema';
import { createMembersRepo, type MemberRow } from '../db/repos/members.repo';
import { sortByVietnameseName } from '../domain/vietnamese';
import { conflict, invalidField, notFound } from '../errors';
import { requireCell } from './cells.service';
import { nowIso, type ServiceContext } from './context';

export function memberToDto(row: MemberRow): Member {
  return {
    id: row.id,
    cellId: row.cell_id,
    fullName: row.full_name,
    birthYear: row.birth_year,
    status: row.status,
    partyRole: row.party_role,
    otherPositions: row.other_positions,
    exempt: row.exempt === 1,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export async function requireMember(db: Kysely<Database>, id: string): Promise<MemberRow> {
  const row = await createMembersRepo(db).find(id);
  if (!row) throw notFound('đảng viên');
  return row;
}

/** A cell has one active bí thư: a second one is refused with the holder's name. */
async function assertSingleSecretary(db: Kysely<Database>, row: MemberRow): Promise<void> {
  if (row.party_role !== 'bi_thu' || row.active !== 1) return;
  const holder = (await createMembersRepo(db).listByCell(row.cell_id)).find(
    (m) => m.id !== row.id && m.party_role === 'bi_thu' && m.active === 1,
  );
  if (holder) {
    throw invalidField(
      'partyRole',
      `«Chức vụ Đảng»: chi bộ đã có bí thư là đồng chí ${holder.full_name}. Hãy đổi chức vụ của đồng chí đó trước, rồi chọn bí thư mới.`,
    );
  }
}

export async function listMembers(ctx: ServiceContext, input: ParsedInput<'member.list'>): Promise<Member[]> {
  await requireCell(ctx.db, input.cellId);
  const rows = await createMembersRepo(ctx.db).listByCell(input.cellId);
  const shown = input.includeLeft ? rows : rows.filter((r) => r.active === 1);
  return sortByVietnameseName(shown, (r) => r.full_name).map(memberToDto);
}

export async function createMember(ctx: ServiceContext, input: ParsedInput<'member.create'>): Promise<Member> {
  const member = await ctx.db.transaction().execute(async (trx) => {
    await requireCell(trx, input.cellId);
    const now = nowIso(ctx);
    const row: MemberRow = {
      id: ctx.newId(),
      cell_id: input.cellId,
      ...editableColumns(input),
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await assertSingleSecretary(trx, row);
    await createMembersRepo(trx).insert(row);
    return memberToDto(row);
  });
  ctx.emit('data.changed', { entity: 'member', id: member.id, cellId: member.cellId });
  return member;
}

/** The columns the member form edits, from a create or update input. */
const editableColumns = (input: ParsedInput<'member.create'> | ParsedInput<'member.update'>) => ({
  full_name: input.fullName,
  birth_year: input.birthYear,
  status: input.status,
  party_role: input.partyRole,
  other_positions: input.otherPositions,
  exempt: input.exempt ? 1 : 0,
  active: input.active ? 1 : 0,
});

export async function updateMember(ctx: ServiceContext, input: ParsedInput<'member.update'>): Promise<Member> {
  const member = await ctx.db.transaction().execute(async (trx) => {
    const current = await requireMember(trx, input.id);
    const next: MemberRow = {
      ...current,
      ...editableColumns(input),
      updated_at: nowIso(ctx),
      version: current.version + 1,
    };
    await assertSingleSecretary(trx, next);
    if (!(await createMembersRepo(trx).updateIfVersion(next, input.version))) {
      throw conflict(`Thông tin đồng chí ${current.full_name}`);
    }
    return memberToDto(next);
  });
  ctx.emit('data.changed', { entity: 'member', id: member.id, cellId: member.cellId });
  return member;
}
