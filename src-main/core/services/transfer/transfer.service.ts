// Moving data between laptops. Export reads a cell (or one forum of it) in one transaction and
// writes whole rows into a .tusoi file. Preview decodes a file, checks it, and plans every row
// against this laptop (add / update / unchanged / conflict) without writing. Import plans again
// inside its own transaction and writes the adds and updates, or nothing at all: a conflict stops
// it unless the user chose to keep this laptop's version of the conflicting items.
import type { ParsedInput, TransferPreview } from '../../../contract';
import { SCHEMA_VERSION } from '../../db/migrations';
import { createTransferRepo, type TransferRepo } from '../../db/repos/transfer.repo';
import {
  decodeTransferFile, encodeTransferFile, TRANSFER_APP, TRANSFER_EXTENSION, TRANSFER_FORMAT_VERSION, TransferFileError,
  type TransferData, type TransferFile,
} from '../../domain/transfer/transfer-file';
import {
  blockedIds, inconsistency, planTable, TABLE_SPECS, type Decision, type PlainRow, type TransferTable,
} from '../../domain/transfer/transfer-tables';
import { asciiSlug, formatShortDate } from '../../domain/vietnamese';
import { CoreError, invalidField, notFound } from '../../errors';
import { APP_VERSION } from '../../version';
import { requireCell } from '../cells.service';
import type { ServiceContext } from '../context';
import { beforeImport } from '../import-guard';

type Db = ServiceContext['db'];

const FORUM_CHILDREN = ['forum_phase_log', 'attendance', 'forum_texts', 'self_reviews', 'comments', 'documents', 'votes', 'reservations'] as const;

// ---- Export ----

export async function exportTransfer(ctx: ServiceContext, input: ParsedInput<'transfer.export'>) {
  const file = await ctx.db.transaction().execute(async (trx): Promise<TransferFile> => {
    const repo = createTransferRepo(trx);
    const cell = await requireCell(trx, input.cellId);
    const data: TransferData = { cells: await repo.rowsWhereIn('cells', 'id', [cell.id]) };
    data.members = await repo.rowsWhereIn('members', 'cell_id', [cell.id]);
    const forums = input.forumId ? await repo.rowsWhereIn('forums', 'id', [input.forumId]) : await repo.rowsWhereIn('forums', 'cell_id', [cell.id]);
    if (input.forumId && (forums.length !== 1 || forums[0].cell_id !== cell.id)) throw notFound('buổi sinh hoạt');
    data.forums = forums;
    const forumIds = forums.map((f) => f.id);
    for (const t of FORUM_CHILDREN) data[t] = await repo.rowsWhereIn(t, 'forum_id', forumIds);
    const documentIds = data.documents!.map((d) => d.id);
    data.document_versions = await repo.rowsWhereIn('document_versions', 'document_id', documentIds);
    data.issued_numbers = await repo.rowsWhereIn('issued_numbers', 'document_id', documentIds);
    data.action_items = await repo.rowsWhereIn('action_items', 'forum_id', forumIds);
    // Progress recorded at a forum that is not in the file (a later review) stays behind with it.
    const inFile = new Set(forumIds);
    data.action_progress = (await repo.rowsWhereIn('action_progress', 'item_id', data.action_items.map((i) => i.id)))
      .filter((p) => p.forum_id === null || inFile.has(p.forum_id));
    const catalogueIds = [...new Set(forums.map((f) => f.catalogue_id))];
    data.catalogues = await repo.rowsWhereIn('catalogues', 'id', catalogueIds);
    data.catalogue_groups = await repo.rowsWhereIn('catalogue_groups', 'catalogue_id', catalogueIds);
    data.catalogue_indicators = await repo.rowsWhereIn('catalogue_indicators', 'catalogue_id', catalogueIds);
    const forum = input.forumId ? forums[0] : null;
    return {
      app: TRANSFER_APP,
      formatVersion: TRANSFER_FORMAT_VERSION,
      schemaVersion: SCHEMA_VERSION,
      appVersion: APP_VERSION,
      exportedAt: ctx.now().toISOString(),
      scope: forum
        ? { kind: 'forum', cellId: cell.id, cellName: cell.name, forumId: String(forum.id), forumTopic: String(forum.topic), forumDate: String(forum.date) }
        : { kind: 'cell', cellId: cell.id, cellName: cell.name },
      data,
    };
  });
  const stem = file.scope.kind === 'forum' ? `Tu-soi-${asciiSlug(file.scope.cellName)}-sinh-hoat-${file.scope.forumDate}` : `Tu-soi-${asciiSlug(file.scope.cellName)}-${file.exportedAt.slice(0, 10)}`;
  return { fileName: `${stem}.${TRANSFER_EXTENSION}`, mimeType: 'application/gzip', base64: encodeTransferFile(file).toString('base64') };
}

// ---- Planning ----

interface Plan {
  file: TransferFile;
  cellExists: boolean;
  /** Catalogue versions to add (with their groups and indicators). */
  catalogueAdds: string[];
  catalogueUnchanged: number;
  decisions: Decision[];
}

function decode(base64: string): TransferFile {
  try {
    const file = decodeTransferFile(Buffer.from(base64, 'base64'), { schemaVersion: SCHEMA_VERSION });
    const problem = inconsistency(
      { kind: file.scope.kind, cellId: file.scope.cellId, forumId: file.scope.kind === 'forum' ? file.scope.forumId : undefined },
      file.data,
    );
    if (problem) throw new TransferFileError(`Tệp không nhất quán (${problem}): có thể tệp đã bị sửa tay. Hãy xuất lại tệp trên máy kia; chưa có gì được ghi.`);
    return file;
  } catch (error) {
    if (error instanceof TransferFileError) throw invalidField('base64', error.message);
    throw error;
  }
}

const catalogueContent = (data: { groups: PlainRow[]; indicators: PlainRow[] }) =>
  JSON.stringify([
    data.groups.map((g) => [g.code, g.position, g.title]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    data.indicators.map((i) => [i.no, i.group_code, i.text, i.verification, i.confirmed_at ?? null]).sort((a, b) => Number(a[0]) - Number(b[0])),
  ]);

/** Matches the file's catalogue versions with this laptop's: by id, else by code and version with the same text. */
async function matchCatalogues(repo: TransferRepo, data: TransferData) {
  const idMap = new Map<string, string>();
  const adds: string[] = [];
  let unchanged = 0;
  for (const c of data.catalogues ?? []) {
    const id = String(c.id);
    const incoming = catalogueContent({
      groups: (data.catalogue_groups ?? []).filter((g) => g.catalogue_id === id),
      indicators: (data.catalogue_indicators ?? []).filter((i) => i.catalogue_id === id),
    });
    const sameCode = (await repo.rowsWhereIn('catalogues', 'code', [c.code])).filter((l) => l.id === id || l.version === c.version);
    const local = sameCode.find((l) => l.id === id) ?? sameCode.find((l) => l.version === c.version);
    if (!local) {
      adds.push(id);
      continue;
    }
    const localContent = catalogueContent({
      groups: await repo.rowsWhereIn('catalogue_groups', 'catalogue_id', [local.id]),
      indicators: await repo.rowsWhereIn('catalogue_indicators', 'catalogue_id', [local.id]),
    });
    if (localContent !== incoming) {
      throw invalidField(
        'base64',
        `Danh mục biểu hiện «${String(c.title)}» phiên bản ${String(c.version)} trên máy này khác với trong tệp (đã được sửa riêng ở mỗi máy), ` +
          'nên không nhập được các buổi sinh hoạt dùng danh mục đó. Hãy đối chiếu danh mục ở hai máy; chưa có gì được ghi.',
      );
    }
    idMap.set(id, String(local.id));
    unchanged += 1;
  }
  return { idMap, adds, unchanged };
}

async function plan(db: Db, file: TransferFile): Promise<Plan> {
  const repo = createTransferRepo(db);
  const cellExists = (await repo.rowsWhereIn('cells', 'id', [file.scope.cellId])).length === 1;
  if (file.scope.kind === 'forum' && !cellExists) {
    throw invalidField(
      'base64',
      `Tệp này là buổi sinh hoạt «${file.scope.forumTopic}» của ${file.scope.cellName}, nhưng chi bộ đó chưa có trên máy này. ` +
        'Hãy nhập tệp của cả chi bộ trước (trên máy kia chọn «Xuất dữ liệu chi bộ»), rồi nhập tệp buổi sinh hoạt; chưa có gì được ghi.',
    );
  }
  // Columns the file carries must exist here (an older file may carry fewer).
  for (const [table, rows] of Object.entries(file.data) as [TransferTable, PlainRow[]][]) {
    const columns = new Set(await repo.columnsOf(table));
    const unknown = rows.flatMap((r) => Object.keys(r)).find((c) => !columns.has(c));
    if (unknown) throw invalidField('base64', `Tệp có trường «${unknown}» mà phiên bản này không biết: hãy cập nhật Tự soi rồi nhập lại; chưa có gì được ghi.`);
  }
  const catalogues = await matchCatalogues(repo, file.data);
  const data: TransferData = {
    ...file.data,
    forums: (file.data.forums ?? []).map((f) => ({ ...f, catalogue_id: catalogues.idMap.get(String(f.catalogue_id)) ?? f.catalogue_id })),
  };
  const decisions: Decision[] = [];
  const blocked = new Map<TransferTable, Set<string>>();
  for (const spec of TABLE_SPECS) {
    // A forum's file names its cell only to check it is here; the cell itself is not changed.
    if (spec.table === 'cells' && file.scope.kind === 'forum') continue;
    const incoming = data[spec.table] ?? [];
    if (incoming.length === 0) continue;
    const lookups = [spec.key[0], ...(spec.uniques ?? []).map((u) => u[0])];
    const local = new Map<string, PlainRow>();
    for (const column of new Set(lookups)) {
      for (const row of await repo.rowsWhereIn(spec.table, column, incoming.map((r) => r[column] ?? null))) {
        local.set(JSON.stringify(spec.key.map((k) => row[k] ?? null)), row);
      }
    }
    const planned = planTable(spec, incoming, [...local.values()], blocked);
    blocked.set(spec.table, blockedIds(planned));
    decisions.push(...planned);
  }
  return { file: { ...file, data }, cellExists, catalogueAdds: catalogues.adds, catalogueUnchanged: catalogues.unchanged, decisions };
}

// ---- Describing what the plan does ----

const TEXT_KINDS: Record<string, string> = {
  framing: 'Đề dẫn',
  guest_remarks: 'Ý kiến cấp trên',
  collective_review: 'Kiểm điểm tập thể',
  conclusion: 'Kết luận',
};
const DOCUMENT_NAMES: Record<string, string> = { NQ: 'Nghị quyết', BB: 'Biên bản', KH: 'Kế hoạch khắc phục', BC: 'Báo cáo' };
const clip = (text: unknown, n = 60) => {
  const s = String(text ?? '');
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
};

function describer(plan: Plan) {
  const data = plan.file.data;
  const byId = (t: TransferTable) => new Map((data[t] ?? []).map((r) => [String(r.id), r]));
  const members = byId('members');
  const forums = byId('forums');
  const documents = byId('documents');
  const items = byId('action_items');
  const member = (id: unknown) => (id === null ? 'tập thể chi bộ' : `đồng chí ${String(members.get(String(id))?.full_name ?? '?')}`);
  const forum = (id: unknown) => {
    const f = forums.get(String(id));
    return f ? `buổi sinh hoạt «${clip(f.topic, 50)}» ngày ${formatShortDate(String(f.date))}` : 'buổi sinh hoạt';
  };
  const doc = (id: unknown) => {
    const d = documents.get(String(id));
    return d ? `${DOCUMENT_NAMES[String(d.type_code)] ?? 'Văn bản'} — ${forum(d.forum_id)}` : 'Văn bản';
  };
  return (d: Decision): string => {
    const r = d.row;
    switch (d.table) {
      case 'cells': return String(r.name);
      case 'members': return `Đồng chí ${String(r.full_name)}`;
      case 'forums': return `Buổi sinh hoạt «${clip(r.topic, 50)}» ngày ${formatShortDate(String(r.date))}`;
      case 'forum_phase_log': return `Bước thứ ${String(r.seq)} — ${forum(r.forum_id)}`;
      case 'attendance': return `Điểm danh ${member(r.member_id)} — ${forum(r.forum_id)}`;
      case 'forum_texts': return `${TEXT_KINDS[String(r.kind)] ?? 'Nội dung'}${r.kind === 'conclusion' && r.subject ? ` về ${member(r.subject === 'collective' ? null : r.subject)}` : ''} — ${forum(r.forum_id)}`;
      case 'self_reviews': return `Tự soi của ${member(r.subject_member_id)}, biểu hiện số ${String(r.indicator_no)} — ${forum(r.forum_id)}`;
      case 'comments': return `Góp ý của ${member(r.from_member_id)}: «${clip(r.text, 40)}» — ${forum(r.forum_id)}`;
      case 'documents': return doc(r.id);
      case 'document_versions': return `${doc(r.document_id)}, phiên bản ${String(r.version_no)}`;
      case 'issued_numbers': return `Số ${String(r.number).padStart(2, '0')}-${String(r.type_code)} nhiệm kỳ ${String(r.term_start_year)}`;
      case 'votes': return `Biểu quyết — ${forum(r.forum_id)}`;
      case 'reservations': return `Ý kiến bảo lưu của ${member(r.member_id)} — ${forum(r.forum_id)}`;
      case 'action_items': return `Việc khắc phục «${clip(r.shortcoming)}»`;
      case 'action_progress': return `Tiến độ ngày ${formatShortDate(String(r.date))} của việc «${clip(items.get(String(r.item_id))?.shortcoming, 40)}»`;
      default: return d.table;
    }
  };
}

const CONFLICTS_SHOWN = 500;

function summarise(plan: Plan): TransferPreview {
  const scope = plan.file.scope;
  const kinds = [];
  if (plan.catalogueAdds.length || plan.catalogueUnchanged) {
    kinds.push({ kind: 'catalogues', label: 'Danh mục biểu hiện', added: plan.catalogueAdds.length, updated: 0, unchanged: plan.catalogueUnchanged, conflicts: 0 });
  }
  for (const spec of TABLE_SPECS) {
    const ds = plan.decisions.filter((d) => d.table === spec.table);
    if (ds.length === 0) continue;
    const count = (a: Decision['action']) => ds.filter((d) => d.action === a).length;
    kinds.push({ kind: spec.table, label: spec.label, added: count('add'), updated: count('update'), unchanged: count('unchanged'), conflicts: count('conflict') });
  }
  const describe = describer(plan);
  const conflicts = plan.decisions.filter((d) => d.action === 'conflict');
  return {
    scope: {
      kind: scope.kind,
      cellId: scope.cellId,
      cellName: scope.cellName,
      forumId: scope.kind === 'forum' ? scope.forumId : null,
      forumTopic: scope.kind === 'forum' ? scope.forumTopic : null,
      forumDate: scope.kind === 'forum' ? scope.forumDate : null,
    },
    exportedAt: plan.file.exportedAt,
    appVersion: plan.file.appVersion,
    cellExists: plan.cellExists,
    kinds,
    changes: kinds.reduce((n, k) => n + k.added + k.updated, 0),
    conflictCount: conflicts.length,
    conflicts: conflicts.slice(0, CONFLICTS_SHOWN).map((d) => ({
      kind: d.table,
      label: TABLE_SPECS.find((s) => s.table === d.table)!.label,
      what: describe(d),
      reason: d.reason ?? '',
    })),
  };
}

// ---- Preview and import ----

export async function previewTransfer(ctx: ServiceContext, input: ParsedInput<'transfer.preview'>): Promise<TransferPreview> {
  const file = decode(input.base64);
  return summarise(await plan(ctx.db, file));
}

function refuseConflicts(summary: TransferPreview): never {
  throw new CoreError(
    'CONFLICT',
    `Chưa nhập: có ${summary.conflictCount} mục xung đột (đã được sửa ở cả hai máy, hoặc bản trên máy này mới hơn). Chưa có gì được ghi. ` +
      'Hãy xem danh sách xung đột; nếu muốn giữ bản trên máy này cho các mục đó và nhập phần còn lại, hãy chọn «Nhập, giữ bản trên máy này cho các mục xung đột».',
  );
}

export async function importTransfer(ctx: ServiceContext, input: ParsedInput<'transfer.import'>) {
  const file = decode(input.base64);
  // A first plan outside the transaction: a refused import costs no backup.
  const first = summarise(await plan(ctx.db, file));
  if (first.conflictCount > 0 && !input.skipConflicts) refuseConflicts(first);
  if (first.changes > 0) await beforeImport(ctx);
  const summary = await ctx.db.transaction().execute(async (trx) => {
    const planned = await plan(trx, file);
    const result = summarise(planned);
    if (result.conflictCount > 0 && !input.skipConflicts) refuseConflicts(result);
    const repo = createTransferRepo(trx);
    const data = planned.file.data;
    const current = { table: '' as TransferTable | 'catalogues' };
    try {
      for (const id of planned.catalogueAdds) {
        current.table = 'catalogues';
        await repo.insert('catalogues', (data.catalogues ?? []).find((c) => c.id === id)!);
        for (const g of (data.catalogue_groups ?? []).filter((r) => r.catalogue_id === id)) await repo.insert('catalogue_groups', g);
        for (const i of (data.catalogue_indicators ?? []).filter((r) => r.catalogue_id === id)) await repo.insert('catalogue_indicators', i);
      }
      for (const d of planned.decisions) {
        current.table = d.table;
        if (d.action === 'add') await repo.insert(d.table, d.row);
        else if (d.action === 'update') {
          const spec = TABLE_SPECS.find((s) => s.table === d.table)!;
          if (!(await repo.update(d.table, spec.key, d.row))) throw new Error(`update of ${d.table} matched no row`);
        }
      }
    } catch (error) {
      // The database's own checks (STRICT types, CHECK constraints, foreign keys) refused a row:
      // the file was altered or is damaged in a way the reading did not catch. Nothing is kept.
      if (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_')) {
        const label = current.table === 'catalogues' ? 'Danh mục biểu hiện' : TABLE_SPECS.find((s) => s.table === current.table)?.label ?? current.table;
        throw invalidField('base64', `Tệp có dữ liệu không hợp lệ ở phần «${label}» nên không nhập được; chưa có gì được ghi. Hãy xuất lại tệp trên máy kia.`);
      }
      throw error;
    }
    return result;
  });
  if (summary.changes > 0) ctx.emit('data.changed', { entity: 'cell', id: summary.scope.cellId, cellId: summary.scope.cellId });
  return { ...summary, skipped: summary.conflictCount };
}
