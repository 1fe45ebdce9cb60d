// The sample cell: realistic Vietnamese data to explore the app with, from resources/sample.
import { COLLECTIVE, type Cell, type ForumPhase, type MemberStatus, type PartyRole, type Presence, type ResponseKind } from '../../contract';
import { createAttendanceRepo } from '../db/repos/attendance.repo';
import { createCommentsRepo } from '../db/repos/comments.repo';
import { createForumTextsRepo } from '../db/repos/forum-texts.repo';
import { createSelfReviewsRepo } from '../db/repos/self-reviews.repo';
import sample from '../../../resources/sample/sample-cell.json';
import { createCellsRepo } from '../db/repos/cells.repo';
import { createMembersRepo, type MemberRow } from '../db/repos/members.repo';
import { NEW_FORUM_LIVE_COLUMNS, createForumsRepo, type ForumRow } from '../db/repos/forums.repo';
import { createCataloguesRepo } from '../db/repos/catalogues.repo';
import { cellToDto } from './cells.service';
import { insertItemsFromCommitments } from './documents/actions.service';
import { DEFAULT_CATALOGUE_CODE } from './catalogue.service';
import { nowIso, type ServiceContext } from './context';

interface SampleMember {
  key: string;
  fullName: string;
  birthYear: number;
  status: MemberStatus;
  partyRole: PartyRole;
  otherPositions: string;
  exempt?: boolean;
  active?: boolean;
}

/** What was recorded at the sample's held forum, by member key ('collective', 'chi_uy', 'cap_tren' as such). */
interface SampleRecord {
  phase: ForumPhase;
  attendance: Record<string, [Presence, string]>;
  texts: Record<string, string>;
  selfReviews: [string, number, string, string, string, string | null][];
  comments: [string, string, number | null, string, ResponseKind, string][];
}

/** Minutes spent in each step of the sample meeting, from khai mạc on. */
const SAMPLE_PHASE_MINUTES: [ForumPhase, number][] = [
  ['khai_mac', 6], ['de_dan', 8], ['tu_soi', 24], ['gop_y', 14], ['y_kien_cap_tren', 6], ['ket_luan', 7],
];

async function insertRecord(trx: ServiceContext['db'], ctx: ServiceContext, forum: ForumRow, record: SampleRecord, idByKey: Map<string, string>) {
  const id = (key: string) => {
    const found = idByKey.get(key);
    if (!found) throw new Error(`Sample data names an unknown member «${key}»`);
    return found;
  };
  const subject = (key: string) => (key === COLLECTIVE ? null : id(key));
  // The meeting started at the forum's date and time, Vietnam time (UTC+7).
  let at = new Date(`${forum.date}T${forum.start_time}:00+07:00`).getTime();
  const stamp = () => new Date(at).toISOString();
  for (const [key, [presence, reason]] of Object.entries(record.attendance)) {
    await createAttendanceRepo(trx).upsert({ forum_id: forum.id, member_id: id(key), presence, reason, updated_at: stamp() });
  }
  for (const [seq, [phase, minutes]] of SAMPLE_PHASE_MINUTES.entries()) {
    const enteredAt = stamp();
    at += minutes * 60_000;
    await trx.insertInto('forum_phase_log').values({ forum_id: forum.id, seq: seq + 1, phase, entered_at: enteredAt, left_at: stamp() }).execute();
  }
  for (const [key, text] of Object.entries(record.texts)) {
    const [kind, who = ''] = key.split(':') as [string, string?];
    const textKind = kind === 'collective' ? 'collective_review' : (kind as 'framing' | 'guest_remarks' | 'conclusion');
    await createForumTextsRepo(trx).insert({
      forum_id: forum.id, kind: textKind, subject: kind === 'collective' || who === COLLECTIVE || who === '' ? who : id(who),
      text, updated_at: stamp(), version: 1,
    });
  }
  for (const [key, no, assessment, statement, commitment, due] of record.selfReviews) {
    await createSelfReviewsRepo(trx).insert({
      forum_id: forum.id, subject_member_id: subject(key), indicator_no: no, assessment, statement, commitment,
      commitment_due: due, updated_at: stamp(), version: 1,
    });
  }
  for (const [from, to, no, text, responseKind, responseText] of record.comments) {
    const target = to === 'chi_uy' || to === 'cap_tren' ? { target_kind: to as 'chi_uy' | 'cap_tren', target_member_id: null } : { target_kind: 'member' as const, target_member_id: id(to) };
    await createCommentsRepo(trx).insert({
      id: ctx.newId(), forum_id: forum.id, from_member_id: id(from), ...target, indicator_no: no, text,
      response_kind: responseKind, response_text: responseText, created_at: stamp(), updated_at: stamp(), version: 2,
    });
    at += 1000;
  }
  await trx.updateTable('forums').set({ phase: record.phase }).where('id', '=', forum.id).execute();
}

/** Opens the sample cell, creating it on first use; one transaction, so never half there. */
export async function openSampleCell(ctx: ServiceContext): Promise<Cell> {
  const existing = await createCellsRepo(ctx.db).findSample();
  if (existing) return cellToDto(ctx.db, existing);
  const cell = await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso(ctx);
    const cellId = ctx.newId();
    const cellRow = {
      id: cellId,
      name: sample.cell.name,
      higher_body: sample.cell.higherBody,
      place_name: sample.cell.placeName,
      term_start_year: sample.cell.termStartYear,
      term_end_year: sample.cell.termEndYear,
      is_sample: 1,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await createCellsRepo(trx).insert(cellRow);
    const idByKey = new Map<string, string>();
    const memberRows: MemberRow[] = (sample.members as SampleMember[]).map((m) => {
      const id = ctx.newId();
      idByKey.set(m.key, id);
      return {
        id, cell_id: cellId, full_name: m.fullName, birth_year: m.birthYear, status: m.status, party_role: m.partyRole,
        other_positions: m.otherPositions, exempt: m.exempt ? 1 : 0, active: m.active === false ? 0 : 1,
        created_at: now, updated_at: now, version: 1,
      };
    });
    await createMembersRepo(trx).insertMany(memberRows);
    const catalogueRepo = createCataloguesRepo(trx);
    const catalogue = (await catalogueRepo.latestOf(DEFAULT_CATALOGUE_CODE))!;
    const indicators = await catalogueRepo.indicators(catalogue.id);
    for (const f of sample.forums) {
      const focus = indicators
        .filter((i) => f.focusGroups.includes(i.group_code) || f.focusIndicators.includes(i.no))
        .map((i) => i.no);
      const row: ForumRow = {
        id: ctx.newId(), cell_id: cellId, catalogue_id: catalogue.id, topic: f.topic, date: f.date, start_time: f.startTime,
        place: f.place, basis_documents: JSON.stringify(f.basisDocuments),
        chair_member_id: idByKey.get(f.chairKey) ?? null, secretary_member_id: idByKey.get(f.secretaryKey) ?? null,
        guests: JSON.stringify(f.guests), focus: JSON.stringify(focus), status: f.status as ForumRow['status'],
        created_at: now, updated_at: now, version: 1,
        ...NEW_FORUM_LIVE_COLUMNS,
      };
      await createForumsRepo(trx).insert(row);
      if (f.record) {
        await insertRecord(trx, ctx, row, f.record as unknown as SampleRecord, idByKey);
        // As closing the meeting would have: the commitments become the plan's items.
        await insertItemsFromCommitments(trx, ctx, row);
      }
    }
    return cellToDto(trx, cellRow);
  });
  ctx.emit('data.changed', { entity: 'cell', id: cell.id, cellId: cell.id });
  return cell;
}
