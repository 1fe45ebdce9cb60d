import type { Kysely } from 'kysely';
import type { Catalogue, CatalogueSummary, ParsedInput, VerificationLevel } from '../../contract';
import bundledNq04 from '../../../resources/catalogues/nq04-2016.json';
import type { Database } from '../db/schema';
import {
  createCataloguesRepo, type CatalogueGroupRow, type CatalogueIndicatorRow, type CatalogueRow,
} from '../db/repos/catalogues.repo';
import { isOfficialWording, reviseIndicators, UnknownIndicatorError } from '../domain/catalogue';
import { conflict, invalidField, notFound } from '../errors';
import { nowIso, type ServiceContext } from './context';

/** The shape of a catalogue file in resources/catalogues. */
export interface BundledCatalogue {
  code: string;
  title: string;
  source: string;
  groups: { code: string; title: string; indicators: { no: number; text: string; verified: string }[] }[];
}

export const BUNDLED_CATALOGUES: readonly BundledCatalogue[] = [bundledNq04 as BundledCatalogue];
export const DEFAULT_CATALOGUE_CODE = BUNDLED_CATALOGUES[0].code;

/** First start: store each bundled catalogue as version 1. Later starts change nothing. */
export async function ensureBundledCatalogues(ctx: ServiceContext): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const repo = createCataloguesRepo(trx);
    for (const bundled of BUNDLED_CATALOGUES) {
      if (await repo.latestOf(bundled.code)) continue;
      const id = ctx.newId();
      await repo.insertVersion(
        { id, code: bundled.code, version: 1, title: bundled.title, source: bundled.source, note: 'Bản gốc kèm theo ứng dụng', created_at: nowIso(ctx) },
        bundled.groups.map((g, position) => ({ catalogue_id: id, code: g.code, position, title: g.title })),
        bundled.groups.flatMap((g) =>
          g.indicators.map((i) => ({
            catalogue_id: id,
            no: i.no,
            group_code: g.code,
            text: i.text.normalize('NFC'),
            verification: i.verified as VerificationLevel,
            confirmed_at: null,
          })),
        ),
      );
    }
  });
}

async function summaries(db: Kysely<Database>): Promise<CatalogueSummary[]> {
  const repo = createCataloguesRepo(db);
  const [rows, stats] = await Promise.all([repo.listVersions(), repo.stats()]);
  const statsById = new Map(stats.map((s) => [s.id, s]));
  const latestVersion = new Map<string, number>();
  for (const row of rows) latestVersion.set(row.code, Math.max(latestVersion.get(row.code) ?? 0, row.version));
  return rows.map((row) => {
    const s = statsById.get(row.id);
    return {
      id: row.id,
      code: row.code,
      version: row.version,
      title: row.title,
      source: row.source,
      note: row.note,
      createdAt: row.created_at,
      isLatest: latestVersion.get(row.code) === row.version,
      indicatorCount: Number(s?.indicator_count ?? 0),
      officialCount: Number(s?.official_count ?? 0),
      forumCount: Number(s?.forum_count ?? 0),
    };
  });
}

export function listCatalogues(ctx: ServiceContext): Promise<CatalogueSummary[]> {
  return summaries(ctx.db);
}

async function findCatalogueRow(db: Kysely<Database>, id?: string): Promise<CatalogueRow> {
  const repo = createCataloguesRepo(db);
  const row = id ? await repo.find(id) : await repo.latestOf(DEFAULT_CATALOGUE_CODE);
  if (!row) throw notFound('danh mục biểu hiện');
  return row;
}

export async function loadCatalogue(db: Kysely<Database>, id?: string): Promise<Catalogue> {
  const row = await findCatalogueRow(db, id);
  const repo = createCataloguesRepo(db);
  const [groups, indicators, all] = await Promise.all([repo.groups(row.id), repo.indicators(row.id), summaries(db)]);
  const summary = all.find((s) => s.id === row.id)!;
  return {
    ...summary,
    groups: groups.map((g) => ({
      code: g.code,
      title: g.title,
      indicators: indicators
        .filter((i) => i.group_code === g.code)
        .map((i) => ({
          no: i.no,
          groupCode: i.group_code,
          text: i.text,
          verification: i.verification,
          confirmedAt: i.confirmed_at,
          official: isOfficialWording({ verification: i.verification, confirmedAt: i.confirmed_at }),
        })),
    })),
  };
}

export function getCatalogue(ctx: ServiceContext, input: ParsedInput<'catalogue.get'>): Promise<Catalogue> {
  return loadCatalogue(ctx.db, input.id);
}

/** Indicator numbers of a catalogue version, for checking a forum's focus. */
export async function indicatorNumbers(db: Kysely<Database>, catalogueId: string): Promise<number[]> {
  return (await createCataloguesRepo(db).indicators(catalogueId)).map((i) => i.no);
}

export async function latestCatalogueId(db: Kysely<Database>): Promise<string> {
  return (await findCatalogueRow(db)).id;
}

export async function reviseCatalogue(ctx: ServiceContext, input: ParsedInput<'catalogue.revise'>): Promise<Catalogue> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const repo = createCataloguesRepo(trx);
    const base = await findCatalogueRow(trx, input.catalogueId);
    const latest = await repo.latestOf(base.code);
    if (latest && latest.id !== base.id) throw conflict(`Danh mục (đã có phiên bản ${latest.version})`);
    const now = nowIso(ctx);
    let revised;
    try {
      revised = reviseIndicators(
        (await repo.indicators(base.id)).map((i) => ({
          no: i.no, groupCode: i.group_code, text: i.text, verification: i.verification, confirmedAt: i.confirmed_at,
        })),
        input.changes,
        now,
      );
    } catch (error) {
      if (error instanceof UnknownIndicatorError) {
        throw invalidField('changes', `«Các sửa đổi»: danh mục không có biểu hiện số ${error.numbers.join(', ')}; hãy kiểm tra số thứ tự.`);
      }
      throw error;
    }
    const newId = ctx.newId();
    const groups: CatalogueGroupRow[] = (await repo.groups(base.id)).map((g) => ({ ...g, catalogue_id: newId }));
    const indicators: CatalogueIndicatorRow[] = revised.map((i) => ({
      catalogue_id: newId, no: i.no, group_code: i.groupCode, text: i.text, verification: i.verification, confirmed_at: i.confirmedAt,
    }));
    await repo.insertVersion(
      { id: newId, code: base.code, version: base.version + 1, title: base.title, source: base.source, note: input.note, created_at: now },
      groups,
      indicators,
    );
    return newId;
  });
  ctx.emit('data.changed', { entity: 'catalogue', id, cellId: null });
  return loadCatalogue(ctx.db, id);
}
