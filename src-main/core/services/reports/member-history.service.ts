// A member's history across forums, and its export: the "kết quả khắc phục hạn chế, khuyết điểm kỳ
// trước" section of the year-end self-review (Mẫu 02A/02B) as DOCX.
import type { ParsedInput } from '../../../contract';
import type { MemberHistory } from '../../../contract/reports';
import { createCataloguesRepo } from '../../db/repos/catalogues.repo';
import { createReportsRepo } from '../../db/repos/reports.repo';
import { buildMemberHistory } from '../../domain/reports/history';
import { memberRemediationDocument } from '../../domain/reports/report-documents';
import { renderDocx } from '../../documents';
import { notFound } from '../../errors';
import { DEFAULT_CATALOGUE_CODE } from '../catalogue.service';
import type { ServiceContext } from '../context';
import { todayInVietnam } from '../documents/actions.service';

type Db = ServiceContext['db'];

async function loadHistory(db: Db, memberId: string, today: string) {
  const repo = createReportsRepo(db);
  const m = await repo.member(memberId);
  if (!m) throw notFound('đảng viên');
  const catalogues = createCataloguesRepo(db);
  const catalogue = (await catalogues.latestOf(DEFAULT_CATALOGUE_CODE)) ?? (await catalogues.latestAny());
  const indicators = catalogue ? await catalogues.indicators(catalogue.id) : [];
  const commitments = await repo.memberCommitments(memberId);
  const history = buildMemberHistory(
    {
      member: {
        id: m.id, fullName: m.full_name, cellId: m.cell_id, cellName: m.cell_name, status: m.status, partyRole: m.party_role, active: m.active === 1,
      },
      forums: await repo.memberForums(memberId),
      identified: await repo.memberIdentified(memberId),
      raised: await repo.memberRaised(memberId),
      commitments,
      progress: await repo.progressOf(commitments.map((c) => c.id)),
      catalogue: indicators.map((i) => ({ no: i.no, groupCode: i.group_code, text: i.text })),
    },
    today,
  );
  return { history, cell: { higherBody: m.higher_body, placeName: m.place_name } };
}

export async function getMemberHistory(ctx: ServiceContext, input: ParsedInput<'member.history'>): Promise<MemberHistory> {
  const today = todayInVietnam(ctx.now());
  return ctx.db.transaction().execute(async (trx) => (await loadHistory(trx, input.memberId, today)).history);
}

export async function exportMemberHistory(ctx: ServiceContext, input: ParsedInput<'member.historyExport'>) {
  const today = todayInVietnam(ctx.now());
  const { history, cell } = await ctx.db.transaction().execute((trx) => loadHistory(trx, input.memberId, today));
  const doc = memberRemediationDocument(history, { year: input.year, higherBody: cell.higherBody, placeName: cell.placeName, dateIso: today });
  const bytes = await renderDocx(doc);
  const stem = `Ket-qua-khac-phuc-${input.year}-${asciiStem(history.member.fullName)}`;
  return {
    fileName: `${stem}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    base64: bytes.toString('base64'),
    draft: false,
  };
}

/** "Nguyễn Văn Đức" → "Nguyen-Van-Duc", for a file name every system accepts. */
export function asciiStem(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
