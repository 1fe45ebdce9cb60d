// Errors the services throw on purpose. Dispatch turns each into the Result envelope; anything
// else is a bug and becomes INTERNAL. Every message is Vietnamese and says how to fix it.
import type { ApiIssue, ErrorCode } from '../contract';

export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}

export const notFound = (what: string) =>
  new CoreError('NOT_FOUND', `Không tìm thấy ${what}; có thể đã bị xoá. Hãy tải lại danh sách.`);

export const invalidField = (path: string, message: string) =>
  new CoreError('INVALID_INPUT', message, [{ path, message }]);

export const conflict = (what: string) =>
  new CoreError(
    'CONFLICT',
    `${what} vừa được sửa ở nơi khác. Nội dung của bạn chưa được lưu: hãy tải lại để xem bản mới rồi sửa lại.`,
  );

/** A version conflict on a text someone else saved first: both texts stay available to the caller. */
export const textConflict = (what: string, current: unknown) =>
  new CoreError(
    'CONFLICT',
    `${what} vừa được lưu từ một cửa sổ khác. Nội dung bạn đang gõ chưa được lưu và vẫn còn nguyên: hãy so sánh hai bản rồi chọn bản giữ lại.`,
    undefined,
    current,
  );

/** A choice (roles, an order) changed elsewhere since the caller read it: nothing written; `current` is the stored one. */
export const choiceConflict = (what: string, current: unknown) =>
  new CoreError(
    'CONFLICT',
    `${what} vừa được đổi ở một cửa sổ khác. Lựa chọn của bạn chưa được lưu: hãy xem bản mới rồi chọn lại nếu cần.`,
    undefined,
    current,
  );

export const forbiddenState = (message: string) => new CoreError('FORBIDDEN_STATE', message);

/** The database cannot be opened; the message is for the user, the app must not go on. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: 'too_new' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}
