// The two ways to reach the core. The desktop app has a sandboxed preload that exposes
// `window.tusoi`; the browser mode (and the end-to-end tests) talk HTTP + Server-Sent Events to the
// local server. Both answer the same Result envelope, so nothing above this file knows which it got.
import type { EventName, MethodName } from '../../src-main/contract/method-names';
import type { Result } from '../../src-main/contract/result';
import type { SaveFileRequest, SaveFileResult } from '../../src-main/contract/save-file';
import { vi } from '../i18n/vi';

export type { SaveFileRequest, SaveFileResult } from '../../src-main/contract/save-file';

/** What the preload exposes (see src-main/preload/index.ts). */
export interface DesktopBridge {
  invoke(name: string, input: unknown): Promise<unknown>;
  on(event: string, callback: (payload: unknown) => void): () => void;
  /** The native save dialog for an exported file (desktop only). */
  saveFile?(file: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints a document's print view to PDF and saves it through the dialog (desktop only). */
  printPdf?(file: { fileName: string; html: string }): Promise<SaveFileResult>;
}

declare global {
  interface Window {
    tusoi?: DesktopBridge;
  }
}

export interface Transport {
  readonly kind: 'ipc' | 'http' | 'fake';
  invoke(name: MethodName, input: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, callback: (payload: unknown) => void): () => void;
}

const transportFailure = (message: string): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message } });

/** Anything that is not a well-formed envelope becomes a Vietnamese INTERNAL error. */
export function asEnvelope(value: unknown): Result<unknown> {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const v = value as { ok: unknown; data?: unknown; error?: unknown };
    if (v.ok === true) return { ok: true, data: v.data };
    if (v.ok === false && typeof v.error === 'object' && v.error !== null) {
      const e = v.error as { code?: unknown; message?: unknown; issues?: unknown };
      if (typeof e.code === 'string' && typeof e.message === 'string') return value as Result<unknown>;
    }
  }
  return transportFailure(vi.errors.badAnswer);
}

export function createIpcTransport(bridge: DesktopBridge): Transport {
  return {
    kind: 'ipc',
    async invoke(name, input) {
      try {
        return asEnvelope(await bridge.invoke(name, input));
      } catch {
        return transportFailure(vi.errors.ipcFailed);
      }
    },
    subscribe: (event, callback) => bridge.on(event, callback),
  };
}

export interface HttpTransportOptions {
  /** Prefix of the API, '/api/' by default (same origin as the page). */
  baseUrl?: string;
  fetchImpl?: typeof fetch;
  eventSourceImpl?: typeof EventSource;
}

export function createHttpTransport(options: HttpTransportOptions = {}): Transport {
  const baseUrl = options.baseUrl ?? '/api/';
  const doFetch = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const EventSourceImpl = options.eventSourceImpl ?? (typeof EventSource === 'undefined' ? undefined : EventSource);
  // One EventSource shared by every subscriber, opened on the first subscription.
  let source: EventSource | null = null;
  let listeners = 0;

  return {
    kind: 'http',
    async invoke(name, input) {
      let response: Response;
      try {
        response = await doFetch(baseUrl + name, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return transportFailure(vi.errors.network);
      }
      try {
        // The server answers the envelope even on 4xx/5xx.
        return asEnvelope(await response.json());
      } catch {
        return transportFailure(vi.errors.badAnswer);
      }
    },
    subscribe(event, callback) {
      if (!EventSourceImpl) return () => {};
      if (!source) source = new EventSourceImpl(baseUrl + 'events');
      const current = source;
      const listener = (e: MessageEvent) => {
        try {
          callback(JSON.parse(String(e.data)));
        } catch {
          // A malformed frame is ignored; the next one will refresh the data.
        }
      };
      current.addEventListener(event, listener as EventListener);
      listeners += 1;
      return () => {
        current.removeEventListener(event, listener as EventListener);
        listeners -= 1;
        if (listeners === 0 && source === current) {
          current.close();
          source = null;
        }
      };
    },
  };
}

/** Start-up choice: IPC inside the desktop app, HTTP everywhere else. */
export function pickTransport(win: Pick<Window, 'tusoi'> | undefined = typeof window === 'undefined' ? undefined : window): Transport {
  return win?.tusoi ? createIpcTransport(win.tusoi) : createHttpTransport();
}
