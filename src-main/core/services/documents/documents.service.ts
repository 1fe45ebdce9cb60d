// The documents of a forum: a draft drafted from the record (sections not edited by hand always
// follow the record), edited section by section with a version check, adopted (numbered, locked)
// and amended as new versions. Every adopted version stays retrievable; the database refuses to
// change one (migration 05 triggers), and so does this service.
import type { Kysely } from 'kysely';
import type { DocumentSection, DocumentState, DocumentType, ParsedInput } from '../../../contract';
import type { Database } from '../../db/schema';
import { createCellsRepo } from '../../db/repos/cells.repo';
import { createDocumentsRepo, type DocumentVersionRow } from '../../db/repos/documents.repo';
import type { ForumRow } from '../../db/repos/forums.repo';
import { assembleDocument } from '../../domain/documents/drafts/assemble';
import { draftSection, draftSections } from '../../domain/documents/drafts/sections';
import { formatDocumentNumber, nextDocumentNumber } from '../../domain/documents/numbering';
import type { ForumRecord } from '../../domain/documents/record';
import { renderDocx, renderPlanXlsx, renderPrintHtml, type PartyDocument } from '../../documents';
import { planRowsFromItems } from '../../domain/documents/drafts/plan';
import { forbiddenState, invalidField, textConflict } from '../../errors';
import { nowIso, type ServiceContext } from '../context';
import { requireForumRow } from '../live/roster';
import { todayInVietnam } from './actions.service';
import { loadForumRecord } from './record.service';

type Db = Kysely<Database>;

const TYPE_NAMES: Record<DocumentType, string> = { NQ: 'Nghị quyết', BB: 'Biên bản', KH: 'Kế hoạch khắc phục', BC: 'Báo cáo' };

interface Loaded {
  forum: ForumRow;
  record: ForumRecord;
  documentId: string | null;
  versions: DocumentVersionRow[];
  /** The open draft, or the latest adopted version when there is no draft; null before the first save. */
  current: DocumentVersionRow | null;
}

async function load(db: Db, forumId: string, typeCode: DocumentType, now: Date): Promise<Loaded> {
  const forum = await requireForumRow(db, forumId);
  const record = await loadForumRecord(db, forum, now);
  const doc = await createDocumentsRepo(db).find(forum.id, typeCode);
  const versions = doc ? await createDocumentsRepo(db).versions(doc.id) : [];
  const current = versions.at(-1) ?? null;
  return { forum, record, documentId: doc?.id ?? null, versions, current };
}

/** A draft's sections: what was edited by hand stays; everything else is drafted afresh from the record. */
function liveSections(typeCode: DocumentType, record: ForumRecord, stored: DocumentVersionRow | null): DocumentSection[] {
  if (stored?.status === 'adopted') return JSON.parse(stored.sections) as DocumentSection[];
  const kept = new Map(((stored ? JSON.parse(stored.sections) : []) as DocumentSection[]).map((s) => [s.key, s]));
  return draftSections(typeCode, record).map((fresh) => {
    const mine = kept.get(fresh.key);
    return mine?.edited ? mine : { ...fresh, edited: false };
  });
}

function adoptBlocker(typeCode: DocumentType, l: Loaded): string | null {
  if (l.current?.status === 'adopted') return 'Văn bản đã được thông qua; muốn thay đổi hãy tạo bản sửa đổi.';
  if (l.forum.status === 'draft') return 'Buổi sinh hoạt chưa diễn ra nên chưa thể thông qua văn bản.';
  if (typeCode === 'NQ') {
    if (!l.record.vote) return 'Chưa biểu quyết nghị quyết: hãy ghi kết quả biểu quyết trước khi thông qua.';
    if (!l.record.vote.passed) return `Nghị quyết chưa được thông qua: ${l.record.vote.explanation}`;
  }
  if (typeCode === 'BB' && l.forum.status !== 'closed') {
    return 'Hãy kết thúc buổi sinh hoạt (để ghi giờ kết thúc) trước khi thông qua biên bản.';
  }
  return null;
}

const numberText = (typeCode: DocumentType, v: DocumentVersionRow) => (v.number === null ? null : formatDocumentNumber(v.number, typeCode));

function stateOf(typeCode: DocumentType, l: Loaded): DocumentState {
  const summary = (v: DocumentVersionRow) => ({
    versionNo: v.version_no, status: v.status, numberText: numberText(typeCode, v), adoptedAt: v.adopted_at,
    author: v.author, note: v.note, createdAt: v.created_at,
  });
  const current = l.current
    ? { ...summary(l.current), sections: liveSections(typeCode, l.record, l.current), version: l.current.version }
    : {
      versionNo: 1, status: 'draft' as const, numberText: null, adoptedAt: null, author: '', note: '', createdAt: '',
      sections: liveSections(typeCode, l.record, null), version: 0,
    };
  return {
    forumId: l.forum.id, typeCode, current, versions: l.versions.map(summary),
    editable: l.current?.status !== 'adopted', adoptBlocker: adoptBlocker(typeCode, l),
  };
}

export async function getDocument(ctx: ServiceContext, input: ParsedInput<'document.get'>): Promise<DocumentState> {
  return ctx.db.transaction().execute(async (trx) => stateOf(input.typeCode, await load(trx, input.forumId, input.typeCode, ctx.now())));
}

/** Writes new sections into the open draft (creating the document on its first save), version-checked. */
async function writeDraft(ctx: ServiceContext, trx: Db, typeCode: DocumentType, l: Loaded, baseVersion: number, sections: DocumentSection[]): Promise<void> {
  if (l.current?.status === 'adopted') {
    throw forbiddenState(`${TYPE_NAMES[typeCode]} đã được thông qua nên không sửa trực tiếp được; hãy tạo bản sửa đổi.`);
  }
  const now = nowIso(ctx);
  if ((l.current?.version ?? 0) !== baseVersion) {
    throw textConflict(TYPE_NAMES[typeCode], stateOf(typeCode, l).current);
  }
  const repo = createDocumentsRepo(trx);
  if (!l.current) {
    const documentId = l.documentId ?? ctx.newId();
    if (!l.documentId) await repo.insert({ id: documentId, forum_id: l.forum.id, type_code: typeCode, created_at: now });
    await repo.insertVersion({
      document_id: documentId, version_no: 1, status: 'draft', sections: JSON.stringify(sections), number: null, term_start_year: null,
      adopted_at: null, author: '', note: '', created_at: now, updated_at: now, version: 1,
    });
    return;
  }
  const next = { ...l.current, sections: JSON.stringify(sections), updated_at: now, version: l.current.version + 1 };
  if (!(await repo.updateDraftIfVersion(next, l.current.version))) throw textConflict(TYPE_NAMES[typeCode], stateOf(typeCode, l).current);
}

function requireSectionKey(typeCode: DocumentType, sections: DocumentSection[], key: string): void {
  if (!sections.some((s) => s.key === key)) {
    throw invalidField('key', `${TYPE_NAMES[typeCode]} không có mục «${key}»; các mục là: ${sections.map((s) => s.title).join('; ')}.`);
  }
}

async function changeSection(ctx: ServiceContext, forumId: string, typeCode: DocumentType, key: string, baseVersion: number, change: (s: DocumentSection, record: ForumRecord) => DocumentSection): Promise<DocumentState> {
  const state = await ctx.db.transaction().execute(async (trx) => {
    const l = await load(trx, forumId, typeCode, ctx.now());
    const sections = liveSections(typeCode, l.record, l.current);
    requireSectionKey(typeCode, sections, key);
    const next = sections.map((s) => (s.key === key ? change(s, l.record) : s));
    await writeDraft(ctx, trx, typeCode, l, baseVersion, next);
    return stateOf(typeCode, await load(trx, forumId, typeCode, ctx.now()));
  });
  ctx.emit('data.changed', { entity: 'forum', id: forumId, cellId: null });
  return state;
}

export function saveSection(ctx: ServiceContext, input: ParsedInput<'document.saveSection'>): Promise<DocumentState> {
  return changeSection(ctx, input.forumId, input.typeCode, input.key, input.baseVersion, (s) => ({ ...s, blocks: input.blocks, edited: true }));
}

export function regenerateSection(ctx: ServiceContext, input: ParsedInput<'document.regenerateSection'>): Promise<DocumentState> {
  return changeSection(ctx, input.forumId, input.typeCode, input.key, input.baseVersion, (s, record) => ({
    ...draftSection(input.typeCode, s.key, record), edited: false,
  }));
}

export async function adoptDocument(ctx: ServiceContext, input: ParsedInput<'document.adopt'>): Promise<DocumentState> {
  const state = await ctx.db.transaction().execute(async (trx) => {
    let l = await load(trx, input.forumId, input.typeCode, ctx.now());
    const blocker = adoptBlocker(input.typeCode, l);
    if (blocker) throw forbiddenState(blocker);
    if (!l.current) {
      await writeDraft(ctx, trx, input.typeCode, l, 0, liveSections(input.typeCode, l.record, null));
      l = await load(trx, input.forumId, input.typeCode, ctx.now());
    }
    const draft = l.current!;
    const repo = createDocumentsRepo(trx);
    const cell = (await createCellsRepo(trx).find(l.forum.cell_id))!;
    const now = nowIso(ctx);
    let issued = await repo.numberOf(draft.document_id);
    if (!issued) {
      const all = await repo.issuedNumbers(cell.id);
      const number = nextDocumentNumber(
        all.map((n) => ({ typeCode: n.type_code, termStartYear: n.term_start_year, no: n.number })),
        input.typeCode,
        cell.term_start_year,
      );
      issued = { cell_id: cell.id, type_code: input.typeCode, term_start_year: cell.term_start_year, number, document_id: draft.document_id, issued_at: now };
      await repo.issueNumber(issued);
    }
    const adopted: DocumentVersionRow = {
      ...draft,
      status: 'adopted',
      // Frozen as they read at adoption: later changes to the record no longer flow in.
      sections: JSON.stringify(liveSections(input.typeCode, l.record, draft)),
      number: issued.number,
      term_start_year: issued.term_start_year,
      adopted_at: now,
      updated_at: now,
      version: draft.version + 1,
    };
    if (!(await repo.updateDraftIfVersion(adopted, draft.version))) throw textConflict(TYPE_NAMES[input.typeCode], null);
    return stateOf(input.typeCode, await load(trx, input.forumId, input.typeCode, ctx.now()));
  });
  ctx.emit('data.changed', { entity: 'forum', id: input.forumId, cellId: null });
  return state;
}

export async function amendDocument(ctx: ServiceContext, input: ParsedInput<'document.amend'>): Promise<DocumentState> {
  const state = await ctx.db.transaction().execute(async (trx) => {
    const l = await load(trx, input.forumId, input.typeCode, ctx.now());
    if (l.current?.status !== 'adopted') {
      throw forbiddenState(`${TYPE_NAMES[input.typeCode]} chưa được thông qua: bản dự thảo vẫn sửa trực tiếp được, không cần bản sửa đổi.`);
    }
    const now = nowIso(ctx);
    const sections = (JSON.parse(l.current.sections) as DocumentSection[]).map((s) => ({ ...s, edited: true }));
    await createDocumentsRepo(trx).insertVersion({
      document_id: l.current.document_id, version_no: l.current.version_no + 1, status: 'draft', sections: JSON.stringify(sections),
      number: null, term_start_year: null, adopted_at: null, author: input.author, note: input.note, created_at: now, updated_at: now, version: 1,
    });
    return stateOf(input.typeCode, await load(trx, input.forumId, input.typeCode, ctx.now()));
  });
  ctx.emit('data.changed', { entity: 'forum', id: input.forumId, cellId: null });
  return state;
}

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const FILE_STEMS: Record<DocumentType, string> = { NQ: 'Nghi-quyet', BB: 'Bien-ban', KH: 'Ke-hoach-khac-phuc', BC: 'Bao-cao' };

export async function exportDocument(ctx: ServiceContext, input: ParsedInput<'document.export'>) {
  return ctx.db.transaction().execute(async (trx) => {
    const l = await load(trx, input.forumId, input.typeCode, ctx.now());
    const version = input.versionNo === undefined ? l.current : l.versions.find((v) => v.version_no === input.versionNo) ?? null;
    if (input.versionNo !== undefined && !version) throw invalidField('versionNo', `Không có phiên bản số ${input.versionNo} của văn bản này.`);
    const draft = version?.status !== 'adopted';
    const sections = liveSections(input.typeCode, l.record, version);
    const dateIso = version?.adopted_at ? todayInVietnam(new Date(version.adopted_at)) : input.typeCode === 'NQ' || input.typeCode === 'BB' ? l.forum.date : todayInVietnam(ctx.now());
    const number = version?.number ? String(version.number).padStart(2, '0') : null;
    const doc: PartyDocument = assembleDocument(input.typeCode, l.record, sections, { draft, number, dateIso });
    const stem = `${draft ? 'Du-thao-' : `${number}-`}${FILE_STEMS[input.typeCode]}-${l.forum.date}`;
    let bytes: Buffer;
    if (input.format === 'docx') bytes = await renderDocx(doc);
    else if (input.format === 'html') bytes = Buffer.from(renderPrintHtml(doc), 'utf8');
    else {
      if (input.typeCode !== 'KH') throw invalidField('format', 'Chỉ kế hoạch khắc phục mới xuất ra bảng tính (xlsx); hãy chọn docx hoặc bản in.');
      bytes = await renderPlanXlsx({
        higherBody: l.record.cell.higherBody, issuingBody: l.record.cell.name, title: 'KẾ HOẠCH KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM',
        subtitle: `sau sinh hoạt chuyên đề ngày ${l.forum.date.split('-').reverse().join('/')}${draft ? ' (dự thảo)' : ''}`,
        items: planRowsFromItems(l.record.actionItems),
      });
    }
    return { fileName: `${stem}.${input.format}`, mimeType: MIME[input.format], base64: bytes.toString('base64'), draft };
  });
}
