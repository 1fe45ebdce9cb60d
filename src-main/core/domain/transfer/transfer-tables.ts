// What moves between laptops, table by table, and how an incoming row is compared with the one
// already here. Ids are UUID text on every machine, so a row is the same row wherever it is.
// The rule, kept simple and safe:
//   not here → add; here and equal → unchanged;
//   a versioned row: incoming version > local → update; otherwise (local newer, or the same
//   version with other content: edited on both laptops) → conflict;
//   a row without a version but with a time it was written: the same, by that time;
//   a row that never changes once written (a reservation, a progress entry, an issued number, an
//   adopted document version) → conflict when it differs.
// A conflict is never written over: the local row stays as it is.

export const TRANSFER_TABLE_NAMES = [
  'cells', 'members', 'catalogues', 'catalogue_groups', 'catalogue_indicators', 'forums', 'forum_phase_log', 'attendance',
  'forum_texts', 'self_reviews', 'comments', 'documents', 'document_versions', 'issued_numbers', 'votes', 'reservations',
  'action_items', 'action_progress',
] as const;
export type TransferTable = (typeof TRANSFER_TABLE_NAMES)[number];

export type PlainValue = string | number | null;
export type PlainRow = Record<string, PlainValue>;

type Rule =
  | { kind: 'version' }
  | { kind: 'stamp'; column: string }
  | { kind: 'immutable' }
  /** forum_phase_log: a step's row only gains its end time (left_at) later. */
  | { kind: 'phaseLog' };

export interface TableSpec {
  table: TransferTable;
  /** The Vietnamese name of the kind of data, for the preview. */
  label: string;
  key: readonly string[];
  rule: Rule;
  /** Columns placing the row in its cell or forum: a row found here under another parent is a conflict. */
  parents: readonly string[];
  /** Other unique keys: a local row with the same values under another id is a conflict. */
  uniques?: readonly (readonly string[])[];
  /** Rows this one needs (by id): if that row could not be added, neither can this one. */
  needs?: readonly { column: string; table: TransferTable }[];
  /** document_versions: an adopted version here is locked (an SQL trigger refuses changes). */
  adoptedLock?: boolean;
}

/** The tables the planner compares, in the order they are written (parents first). Catalogues are matched apart. */
export const TABLE_SPECS: readonly TableSpec[] = [
  { table: 'cells', label: 'Chi bộ', key: ['id'], rule: { kind: 'version' }, parents: [] },
  { table: 'members', label: 'Đảng viên', key: ['id'], rule: { kind: 'version' }, parents: ['cell_id'] },
  { table: 'forums', label: 'Buổi sinh hoạt', key: ['id'], rule: { kind: 'version' }, parents: ['cell_id'] },
  { table: 'forum_phase_log', label: 'Nhật ký các bước', key: ['forum_id', 'seq'], rule: { kind: 'phaseLog' }, parents: [] },
  { table: 'attendance', label: 'Điểm danh', key: ['forum_id', 'member_id'], rule: { kind: 'stamp', column: 'updated_at' }, parents: [] },
  { table: 'forum_texts', label: 'Đề dẫn, kiểm điểm tập thể, ý kiến cấp trên, kết luận', key: ['forum_id', 'kind', 'subject'], rule: { kind: 'version' }, parents: [] },
  { table: 'self_reviews', label: 'Tự soi', key: ['forum_id', 'subject_member_id', 'indicator_no'], rule: { kind: 'version' }, parents: [] },
  { table: 'comments', label: 'Góp ý', key: ['id'], rule: { kind: 'version' }, parents: ['forum_id'] },
  { table: 'documents', label: 'Văn bản', key: ['id'], rule: { kind: 'immutable' }, parents: ['forum_id'], uniques: [['forum_id', 'type_code']] },
  {
    table: 'document_versions', label: 'Phiên bản văn bản', key: ['document_id', 'version_no'], rule: { kind: 'version' }, parents: [],
    needs: [{ column: 'document_id', table: 'documents' }], adoptedLock: true,
  },
  {
    table: 'issued_numbers', label: 'Số văn bản đã cấp', key: ['cell_id', 'type_code', 'term_start_year', 'number'], rule: { kind: 'immutable' },
    parents: [], uniques: [['document_id']], needs: [{ column: 'document_id', table: 'documents' }],
  },
  { table: 'votes', label: 'Biểu quyết', key: ['forum_id'], rule: { kind: 'stamp', column: 'recorded_at' }, parents: [] },
  { table: 'reservations', label: 'Ý kiến bảo lưu', key: ['id'], rule: { kind: 'immutable' }, parents: ['forum_id'] },
  {
    table: 'action_items', label: 'Việc khắc phục', key: ['id'], rule: { kind: 'version' }, parents: ['cell_id', 'forum_id'],
    uniques: [['forum_id', 'origin_subject', 'origin_indicator_no']],
  },
  {
    table: 'action_progress', label: 'Tiến độ khắc phục', key: ['id'], rule: { kind: 'immutable' }, parents: ['item_id'],
    needs: [{ column: 'item_id', table: 'action_items' }],
  },
];

export const specOf = (table: TransferTable) => TABLE_SPECS.find((s) => s.table === table);

export type Action = 'add' | 'update' | 'unchanged' | 'conflict';

export interface Decision {
  table: TransferTable;
  action: Action;
  row: PlainRow;
  /** The local row compared with: the same key, or (for a clash) the same other unique key. */
  local: PlainRow | null;
  /** A row with the same key is here (so rows that need it can be written whatever this row's fate). */
  present: boolean;
  /** Why a conflict is one, in Vietnamese. */
  reason: string | null;
}

export const keyOf = (row: PlainRow, columns: readonly string[]) => JSON.stringify(columns.map((c) => row[c] ?? null));

/** Equal on every column the incoming row carries (an older file may carry fewer). */
export const sameContent = (incoming: PlainRow, local: PlainRow) => Object.keys(incoming).every((c) => (incoming[c] ?? null) === (local[c] ?? null));

function compare(spec: TableSpec, row: PlainRow, local: PlainRow): { action: Action; reason: string | null } {
  const moved = spec.parents.find((p) => (row[p] ?? null) !== (local[p] ?? null));
  if (moved) return { action: 'conflict', reason: 'Trên máy này mục này thuộc chi bộ hoặc buổi sinh hoạt khác.' };
  if (sameContent(row, local)) return { action: 'unchanged', reason: null };
  if (spec.adoptedLock && local.status === 'adopted') {
    return { action: 'conflict', reason: 'Trên máy này phiên bản này đã được thông qua nên không được sửa; nội dung trong tệp khác.' };
  }
  const rule = spec.rule;
  if (rule.kind === 'immutable') return { action: 'conflict', reason: 'Nội dung trong tệp khác với bản đã có trên máy này (loại dữ liệu này không sửa sau khi ghi).' };
  if (rule.kind === 'phaseLog') {
    const onlyEnded = local.left_at === null && row.left_at !== null && sameContent({ ...row, left_at: null }, local);
    return onlyEnded ? { action: 'update', reason: null } : { action: 'conflict', reason: 'Nhật ký bước này khác nhau ở hai máy.' };
  }
  if (rule.kind === 'version') {
    const incoming = Number(row.version);
    const here = Number(local.version);
    if (incoming > here) return { action: 'update', reason: null };
    if (incoming === here) return { action: 'conflict', reason: `Cùng phiên bản ${here} nhưng nội dung khác nhau: đã được sửa ở cả hai máy.` };
    return { action: 'conflict', reason: `Bản trên máy này mới hơn (phiên bản ${here}, trong tệp: ${incoming}).` };
  }
  const incoming = String(row[rule.column] ?? '');
  const here = String(local[rule.column] ?? '');
  if (incoming > here) return { action: 'update', reason: null };
  if (incoming === here) return { action: 'conflict', reason: 'Ghi cùng lúc nhưng nội dung khác nhau ở hai máy.' };
  return { action: 'conflict', reason: 'Bản trên máy này được ghi sau bản trong tệp.' };
}

/**
 * Decides each incoming row of one table against the local rows that could match it (by key or
 * by another unique key). `blocked` holds, per table, the ids of rows that conflicted and are not
 * here, so rows that need them cannot be written either.
 */
export function planTable(
  spec: TableSpec,
  incoming: readonly PlainRow[],
  local: readonly PlainRow[],
  blocked: ReadonlyMap<TransferTable, ReadonlySet<string>>,
): Decision[] {
  const byKey = new Map(local.map((r) => [keyOf(r, spec.key), r]));
  const byUnique = (spec.uniques ?? []).map((cols) => ({
    cols,
    map: new Map(local.filter((r) => cols.every((c) => r[c] !== null)).map((r) => [keyOf(r, cols), r])),
  }));
  return incoming.map((row): Decision => {
    const need = spec.needs?.find((n) => blocked.get(n.table)?.has(String(row[n.column])));
    if (need) return { table: spec.table, action: 'conflict', row, local: null, present: false, reason: 'Thuộc một mục bị xung đột ở trên nên không nhập được.' };
    const here = byKey.get(keyOf(row, spec.key)) ?? null;
    if (!here) {
      const clash = byUnique.find(({ cols, map }) => cols.every((c) => row[c] !== null && row[c] !== undefined) && map.has(keyOf(row, cols)));
      if (clash) {
        return { table: spec.table, action: 'conflict', row, local: clash.map.get(keyOf(row, clash.cols)) ?? null, present: false, reason: 'Máy này đã có một mục khác ở đúng chỗ này (tạo riêng trên máy này).' };
      }
      return { table: spec.table, action: 'add', row, local: null, present: false, reason: null };
    }
    return { table: spec.table, row, local: here, present: true, ...compare(spec, row, here) };
  });
}

/** Ids of the rows that conflicted and are not here: what depends on them cannot be written. */
export function blockedIds(decisions: readonly Decision[]): Set<string> {
  return new Set(decisions.filter((d) => d.action === 'conflict' && !d.present).map((d) => String(d.row.id)));
}

// ---- Consistency of a file: every row belongs to the scope the header names ----

const FORUM_CHILDREN = ['forum_phase_log', 'attendance', 'forum_texts', 'self_reviews', 'comments', 'documents', 'votes', 'reservations'] as const;
const MEMBER_REFERENCES: readonly [TransferTable, string][] = [
  ['forums', 'chair_member_id'], ['forums', 'secretary_member_id'], ['attendance', 'member_id'], ['self_reviews', 'subject_member_id'],
  ['comments', 'from_member_id'], ['comments', 'target_member_id'], ['reservations', 'member_id'], ['action_items', 'owner_member_id'],
];

/** Returns what is inconsistent (in Vietnamese), or null when the file holds together. */
export function inconsistency(
  scope: { kind: 'cell' | 'forum'; cellId: string; forumId?: string },
  data: Partial<Record<TransferTable, PlainRow[]>>,
): string | null {
  const rows = (t: TransferTable) => data[t] ?? [];
  const ids = (t: TransferTable) => new Set(rows(t).map((r) => r.id));
  for (const spec of TABLE_SPECS) {
    for (const row of rows(spec.table)) {
      const missing = spec.key.find((k) => row[k] === undefined || (row[k] === null && k !== 'subject_member_id'));
      if (missing) return `một dòng «${spec.label}» thiếu «${missing}»`;
    }
  }
  const cells = rows('cells');
  if (cells.length !== 1 || cells[0].id !== scope.cellId) return 'phần chi bộ không khớp với phần đầu tệp';
  if (rows('members').some((m) => m.cell_id !== scope.cellId)) return 'có đảng viên của chi bộ khác';
  const forums = rows('forums');
  if (forums.some((f) => f.cell_id !== scope.cellId)) return 'có buổi sinh hoạt của chi bộ khác';
  if (scope.kind === 'forum' && (forums.length !== 1 || forums[0].id !== scope.forumId)) return 'phần buổi sinh hoạt không khớp với phần đầu tệp';
  const forumIds = ids('forums');
  for (const t of FORUM_CHILDREN) if (rows(t).some((r) => !forumIds.has(r.forum_id))) return `có «${specOf(t)!.label}» của buổi sinh hoạt không có trong tệp`;
  const documentIds = ids('documents');
  if (rows('document_versions').some((r) => !documentIds.has(r.document_id))) return 'có phiên bản của văn bản không có trong tệp';
  if (rows('issued_numbers').some((r) => !documentIds.has(r.document_id) || r.cell_id !== scope.cellId)) return 'có số văn bản không khớp';
  if (rows('action_items').some((r) => r.cell_id !== scope.cellId || !forumIds.has(r.forum_id))) return 'có việc khắc phục không thuộc chi bộ hay buổi sinh hoạt trong tệp';
  const itemIds = ids('action_items');
  if (rows('action_progress').some((r) => !itemIds.has(r.item_id) || (r.forum_id !== null && r.forum_id !== undefined && !forumIds.has(r.forum_id)))) {
    return 'có tiến độ của việc khắc phục không có trong tệp';
  }
  const memberIds = ids('members');
  for (const [t, c] of MEMBER_REFERENCES) {
    if (rows(t).some((r) => r[c] !== null && r[c] !== undefined && !memberIds.has(r[c]))) return `«${specOf(t)!.label}» nhắc đến một đảng viên không có trong tệp`;
  }
  const catalogueIds = ids('catalogues');
  if (forums.some((f) => !catalogueIds.has(f.catalogue_id))) return 'thiếu danh mục biểu hiện mà buổi sinh hoạt dùng';
  if ([...rows('catalogue_groups'), ...rows('catalogue_indicators')].some((r) => !catalogueIds.has(r.catalogue_id))) return 'danh mục biểu hiện không đầy đủ';
  return null;
}
