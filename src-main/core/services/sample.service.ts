// The sample cell: realistic Vietnamese data to explore the app with, from resources/sample.
import type { Cell, MemberStatus, PartyRole } from '../../contract';
import sample from '../../../resources/sample/sample-cell.json';
import { createCellsRepo } from '../db/repos/cells.repo';
import { createMembersRepo, type MemberRow } from '../db/repos/members.repo';
import { NEW_FORUM_LIVE_COLUMNS, createForumsRepo, type ForumRow } from '../db/repos/forums.repo';
import { createCataloguesRepo } from '../db/repos/catalogues.repo';
import { cellToDto } from './cells.service';
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
    }
    return cellToDto(trx, cellRow);
  });
  ctx.emit('data.changed', { entity: 'cell', id: cell.id, cellId: cell.id });
  return cell;
}
