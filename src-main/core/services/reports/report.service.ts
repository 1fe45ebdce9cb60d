// The aggregate report (báo cáo tổng hợp) for the higher committee over a date range and a set of
// cells: grouped counts from the repository, added up by the pure domain, and its exports
// (DOCX in the Party format, XLSX with the heatmap). Read-only: one snapshot transaction.
import type { ParsedInput } from '../../../contract';
import type { ReportData } from '../../../contract/reports';
import { createCataloguesRepo } from '../../db/repos/catalogues.repo';
import { createReportsRepo } from '../../db/repos/reports.repo';
import { buildReport, OVERDUE_LIST_MAX } from '../../domain/reports/aggregate';
import { reportDocument } from '../../domain/reports/report-documents';
import { renderDocx } from '../../documents';
import { renderReportXlsx } from '../../documents/report-xlsx';
import { notFound } from '../../errors';
import { DEFAULT_CATALOGUE_CODE } from '../catalogue.service';
import type { ServiceContext } from '../context';
import { todayInVietnam } from '../documents/actions.service';

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

type Db = ServiceContext['db'];

async function loadReport(db: Db, input: ParsedInput<'report.aggregate'>, today: string) {
  const repo = createReportsRepo(db);
  const cellIds = [...new Set(input.cellIds)];
  const cells = await repo.cells(cellIds);
  if (cells.length !== cellIds.length) throw notFound('một trong các chi bộ đã chọn');
  const range = { cellIds, from: input.from, to: input.to };
  const catalogues = createCataloguesRepo(db);
  const catalogue = (await catalogues.latestOf(DEFAULT_CATALOGUE_CODE)) ?? (await catalogues.latestAny());
  const [groups, indicators] = catalogue ? await Promise.all([catalogues.groups(catalogue.id), catalogues.indicators(catalogue.id)]) : [[], []];
  const data = buildReport(
    {
      cells: cells.map((c) => ({ id: c.id, name: c.name, higherBody: c.higher_body })),
      forums: await repo.forums(range),
      attendance: await repo.attendance(range),
      identified: await repo.identified(range),
      raised: await repo.raised(range),
      actions: await repo.actions(range, today),
      overdueItems: await repo.overdueItems(range, today, OVERDUE_LIST_MAX),
    },
    {
      groups: groups.map((g) => ({ code: g.code, title: g.title })),
      indicators: indicators.map((i) => ({ no: i.no, groupCode: i.group_code, text: i.text })),
    },
    { from: input.from, to: input.to, asOf: today },
  );
  return { data, cells };
}

export async function aggregateReport(ctx: ServiceContext, input: ParsedInput<'report.aggregate'>): Promise<ReportData> {
  const today = todayInVietnam(ctx.now());
  return ctx.db.transaction().execute(async (trx) => (await loadReport(trx, input, today)).data);
}

export async function exportReport(ctx: ServiceContext, input: ParsedInput<'report.export'>) {
  const today = todayInVietnam(ctx.now());
  const { data, cells } = await ctx.db.transaction().execute((trx) => loadReport(trx, input, today));
  const byId = new Map(cells.map((c) => [c.id, c]));
  const chosen = data.cells.map((c) => byId.get(c.id)!).map((c) => ({ name: c.name, higherBody: c.higher_body, placeName: c.place_name }));
  const doc = reportDocument(data, { cells: chosen, dateIso: today });
  const bytes = input.format === 'docx' ? await renderDocx(doc) : await renderReportXlsx(data, { higherBody: doc.header.higherBody, issuingBody: doc.header.issuingBody, summary: doc.summary ?? '' });
  const stem = `Bao-cao-tong-hop-${input.from}-den-${input.to}`;
  return { fileName: `${stem}.${input.format}`, mimeType: MIME[input.format], base64: bytes.toString('base64'), draft: false };
}
