// The Result envelope every call answers with, whatever the transport.
export type ErrorCode =
  | 'INVALID_INPUT' // the input does not match the method's schema, or breaks a domain rule
  | 'NOT_FOUND' // an id names nothing
  | 'CONFLICT' // the record changed since the caller read it (version check)
  | 'FORBIDDEN_STATE' // the record's state does not allow this (e.g. deleting a closed forum)
  | 'UNKNOWN_METHOD'
  | 'INTERNAL';

export interface ApiIssue {
  /** Dotted path of the offending field, '' for the whole input. */
  path: string;
  /** Vietnamese message naming the field and saying how to fix it. */
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: ApiIssue[];
  /** CONFLICT only: the record as it is stored now, so the caller can show both texts and choose. */
  current?: unknown;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };
