// What every live-forum write starts from: the forum (refused once closed) and the cell's roster
// with this forum's roll call, so each rule sees the same facts.
import type { Kysely } from 'kysely';
import { COLLECTIVE, type ForumPhase, type LiveMember, type QuorumRule } from '../../../contract';
import type { Database } from '../../db/schema';
import { createAttendanceRepo } from '../../db/repos/attendance.repo';
import { createForumsRepo, type ForumRow } from '../../db/repos/forums.repo';
import { createMembersRepo, type MemberRow } from '../../db/repos/members.repo';
import { DEFAULT_QUORUM_RULE, type RollCallMember } from '../../domain/live/quorum';
import { sortByVietnameseName } from '../../domain/vietnamese';
import { forbiddenState, invalidField, notFound } from '../../errors';

export async function requireForumRow(db: Kysely<Database>, forumId: string): Promise<ForumRow> {
  const row = await createForumsRepo(db).find(forumId);
  if (!row) throw notFound('diễn đàn');
  return row;
}

/** The forum, if it may still be written to. */
export async function requireEditableForum(db: Kysely<Database>, forumId: string): Promise<ForumRow> {
  const row = await requireForumRow(db, forumId);
  if (row.status === 'closed') {
    throw forbiddenState('Diễn đàn này đã kết thúc nên không sửa được nữa. Những thay đổi sau cuộc họp cần được ghi ở diễn đàn sau.');
  }
  return row;
}

export interface RosterEntry extends LiveMember {
  row: MemberRow;
}

export interface Roster {
  /** Active members of the cell in Vietnamese name order, with their roll-call record. */
  members: RosterEntry[];
  byId: Map<string, RosterEntry>;
}

export async function loadRoster(db: Kysely<Database>, forum: ForumRow): Promise<Roster> {
  const [rows, attendance] = await Promise.all([
    createMembersRepo(db).listByCell(forum.cell_id),
    createAttendanceRepo(db).list(forum.id),
  ]);
  const presence = new Map(attendance.map((a) => [a.member_id, a]));
  const members = sortByVietnameseName(
    rows.filter((m) => m.active === 1),
    (m) => m.full_name,
  ).map((row): RosterEntry => {
    const record = presence.get(row.id);
    return {
      row,
      id: row.id,
      fullName: row.full_name,
      status: row.status,
      partyRole: row.party_role,
      exempt: row.exempt === 1,
      presence: record?.presence ?? null,
      absenceReason: record?.reason ?? '',
    };
  });
  return { members, byId: new Map(members.map((m) => [m.id, m])) };
}

/** A member of this forum's cell who is still active; otherwise a field error naming `label`. */
export async function requireCellMember(db: Kysely<Database>, forum: ForumRow, memberId: string, path: string, label: string): Promise<MemberRow> {
  const member = await createMembersRepo(db).find(memberId);
  if (!member || member.cell_id !== forum.cell_id) {
    throw invalidField(path, `«${label}» phải là đảng viên của chi bộ này; hãy chọn lại trong danh sách.`);
  }
  if (member.active !== 1) {
    throw invalidField(path, `«${label}»: đồng chí ${member.full_name} đã chuyển sinh hoạt; hãy chọn người khác.`);
  }
  return member;
}

/** A subject of self-mirroring or of a conclusion: the collective, or an active member of the cell. */
export async function requireSubject(db: Kysely<Database>, forum: ForumRow, subject: string, path: string): Promise<MemberRow | null> {
  if (subject === COLLECTIVE) return null;
  return requireCellMember(db, forum, subject, path, 'Người tự soi');
}

export const rollCallMembers = (roster: Roster): RollCallMember[] =>
  roster.members.map((m) => ({ id: m.id, status: m.status, exempt: m.exempt, presence: m.presence }));

/** Members who take part in the mirroring: everyone expected, and exempt members who came anyway. */
export const reviewableMembers = (roster: Roster): RosterEntry[] =>
  roster.members.filter((m) => !m.exempt || m.presence === 'present');

export const quorumRuleOf = (forum: ForumRow): QuorumRule =>
  forum.quorum_rule ? (JSON.parse(forum.quorum_rule) as QuorumRule) : DEFAULT_QUORUM_RULE;

export const focusOf = (forum: ForumRow): number[] => JSON.parse(forum.focus) as number[];

export const phaseOf = (forum: ForumRow): ForumPhase => forum.phase;
