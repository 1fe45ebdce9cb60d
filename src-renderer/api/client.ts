// The typed client: one `call` per contract method, throwing ApiError on `{ ok: false }`.
import type { ApiIssue, ErrorCode } from '../../src-main/contract/result';
import type { EventName, MethodName } from '../../src-main/contract/method-names';
import type { EventPayload, Input, Output } from '../../src-main/contract/methods';
import { pickTransport, type Transport } from './transport';

export type { Input, Output, MethodName, EventName, EventPayload };

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiIssue[];
  /** CONFLICT only: the record as it is stored now (the core sends it so both texts can be shown). */
  readonly current?: unknown;

  constructor(code: ErrorCode, message: string, issues: ApiIssue[] = [], current?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
    if (current !== undefined) this.current = current;
  }

  /** The first message for a field path (e.g. 'fullName', 'guests.0.name'), if any. */
  issueFor(path: string): string | undefined {
    return this.issues.find((i) => i.path === path)?.message;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export interface ApiClient {
  readonly transport: Transport['kind'];
  call<M extends MethodName>(name: M, input: Input<M>): Promise<Output<M>>;
  on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async call<M extends MethodName>(name: M, input: Input<M>): Promise<Output<M>> {
      const result = await transport.invoke(name, input);
      if (result.ok) return result.data as Output<M>;
      throw new ApiError(result.error.code, result.error.message, result.error.issues ?? [], result.error.current);
    },
    on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void) {
      return transport.subscribe(event, (payload) => callback(payload as EventPayload<E>));
    },
  };
}

let defaultClient: ApiClient | null = null;

/** The client for this window, created on first use with the transport picked at start-up. */
export function getApiClient(): ApiClient {
  defaultClient ??= createApiClient(pickTransport());
  return defaultClient;
}

/** Calls a contract method through this window's client. */
export function call<M extends MethodName>(name: M, input: Input<M>): Promise<Output<M>> {
  return getApiClient().call(name, input);
}
