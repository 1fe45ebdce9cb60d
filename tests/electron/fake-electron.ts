// A hand-written stand-in for the 'electron' module: the real one downloads a binary on first
// require, which our machines cannot do. Each test file does
//   vi.mock('electron', () => import('./fake-electron'))
// and imports this module too, so it can read what the code under test recorded.
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: unknown[][] = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class BrowserWindow extends FakeEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((win) => !win.destroyed);
  }
  static getFocusedWindow(): BrowserWindow | null {
    return null;
  }
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  destroyed = false;
  constructor(readonly options: Record<string, any>) {
    super();
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
}

class FakeApp extends FakeEmitter {
  isPackaged = false;
  whenReady = vi.fn(() => Promise.resolve());
  requestSingleInstanceLock = vi.fn(() => true);
  getPath = vi.fn(() => '/tmp/tu-soi-fake-user-data');
  enableSandbox = vi.fn();
  quit = vi.fn();
  exit = vi.fn();
}
export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle: vi.fn((channel: string, handler: Listener) => {
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  },
};

export const contextBridge = { exposeInMainWorld: vi.fn() };

export const ipcRenderer = {
  invoke: vi.fn(async () => ({ ok: true, data: 'from-main' })),
  on: vi.fn(),
  removeListener: vi.fn(),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const dialog = {
  showErrorBox: vi.fn(),
  showMessageBox: vi.fn(async () => ({ response: 0 })),
  /** Answers "cancelled" unless a test says otherwise (mockResolvedValueOnce). */
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
};

export const shell = { openExternal: vi.fn() };
export const net = { fetch: vi.fn() };

/** A stand-in for a navigation/permission event: records preventDefault. */
export function fakeEvent<T extends object>(fields: T): T & { preventDefault: ReturnType<typeof vi.fn> } {
  return { ...fields, preventDefault: vi.fn() };
}
