// The data-transfer file (.tusoi): gzip'd JSON of a header and whole table rows. The header says
// which app wrote it, in which file format and database schema, when, and what it holds (a cell,
// or one forum of a cell). Reading checks everything it can before anything is compared or written.
import { gunzipSync, gzipSync } from 'node:zlib';
import { TRANSFER_TABLE_NAMES, type PlainRow, type PlainValue, type TransferTable } from './transfer-tables';

export const TRANSFER_APP = 'tu-soi';
export const TRANSFER_FORMAT_VERSION = 1;
export const TRANSFER_EXTENSION = 'tusoi';
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

export type TransferScope =
  | { kind: 'cell'; cellId: string; cellName: string }
  | { kind: 'forum'; cellId: string; cellName: string; forumId: string; forumTopic: string; forumDate: string };

export interface TransferHeader {
  app: typeof TRANSFER_APP;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  scope: TransferScope;
}

export type TransferData = Partial<Record<TransferTable, PlainRow[]>>;

export interface TransferFile extends TransferHeader {
  data: TransferData;
}

export class TransferFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransferFileError';
  }
}

export function encodeTransferFile(file: TransferFile): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(file), 'utf8'));
}

const DAMAGED =
  'Tệp không đọc được: không phải tệp chuyển dữ liệu của Tự soi (.tusoi), hoặc tệp đã bị cắt cụt hay hỏng khi sao chép. ' +
  'Hãy xuất lại tệp trên máy kia rồi chép lại; chưa có gì được ghi.';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPlain = (v: unknown): v is PlainValue => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/**
 * Bytes → a checked transfer file. `schemaVersion` is this app's: a file from a newer schema or
 * format is refused (this app cannot know what the newer columns mean).
 */
export function decodeTransferFile(bytes: Uint8Array, local: { schemaVersion: number }): TransferFile {
  let text: string;
  try {
    text = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8');
  } catch {
    throw new TransferFileError(DAMAGED);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new TransferFileError(DAMAGED);
  }
  if (!isObject(parsed) || parsed.app !== TRANSFER_APP) {
    throw new TransferFileError('Tệp này không phải tệp chuyển dữ liệu của Tự soi: hãy chọn tệp .tusoi được xuất từ ứng dụng Tự soi.');
  }
  const { formatVersion, schemaVersion, appVersion, exportedAt, scope, data } = parsed;
  if (typeof formatVersion !== 'number' || typeof schemaVersion !== 'number' || typeof exportedAt !== 'string' || !isObject(scope) || !isObject(data)) {
    throw new TransferFileError(DAMAGED);
  }
  if (formatVersion > TRANSFER_FORMAT_VERSION || schemaVersion > local.schemaVersion) {
    throw new TransferFileError(
      `Tệp được xuất từ phiên bản mới hơn của Tự soi${typeof appVersion === 'string' ? ` (${appVersion})` : ''}, máy này chưa đọc được. ` +
        'Hãy cập nhật Tự soi trên máy này lên phiên bản mới nhất rồi nhập lại; chưa có gì được ghi.',
    );
  }
  if (formatVersion < 1 || schemaVersion < 1) throw new TransferFileError(DAMAGED);
  const kind = scope.kind;
  const strings = (...keys: string[]) => keys.every((k) => typeof scope[k] === 'string' && (scope[k] as string).length > 0);
  if (!((kind === 'cell' && strings('cellId', 'cellName')) || (kind === 'forum' && strings('cellId', 'cellName', 'forumId', 'forumTopic', 'forumDate')))) {
    throw new TransferFileError(DAMAGED);
  }
  const tables: TransferData = {};
  for (const [table, rows] of Object.entries(data)) {
    if (!(TRANSFER_TABLE_NAMES as readonly string[]).includes(table)) {
      throw new TransferFileError(`Tệp có loại dữ liệu «${table}» mà phiên bản này không biết: hãy cập nhật Tự soi rồi nhập lại.`);
    }
    if (!Array.isArray(rows) || !rows.every((r) => isObject(r) && Object.values(r).every(isPlain))) throw new TransferFileError(DAMAGED);
    tables[table as TransferTable] = rows as PlainRow[];
  }
  return {
    app: TRANSFER_APP,
    formatVersion,
    schemaVersion,
    appVersion: typeof appVersion === 'string' ? appVersion : '',
    exportedAt,
    scope: scope as unknown as TransferScope,
    data: tables,
  };
}
