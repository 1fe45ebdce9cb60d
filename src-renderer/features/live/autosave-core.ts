// The autosave machinery without React: a per-record registry that serializes saves and remembers
// the newest version seen, and a field controller that decides when to save, when the server's
// text may replace what is on screen, and when two writers collided.
//
// Rules (issue 3, "Autosave everywhere"):
// - a field saves `delayMs` after the last change (and at the latest `maxWaitMs` after the first
//   unsaved change, for the fast typist who never pauses), and at once on blur;
// - saves of one record (one key) run one after another, each with the newest version known for
//   the record: max(version in the live snapshot, version answered by our own last save);
// - while the field is focused or holds unsaved text, the server never replaces the text on screen
//   (this is also what keeps an IME composition intact: the input's value is never reset under it);
// - a change made elsewhere to the same field is never silently overwritten: either the core
//   answers CONFLICT (version check) or the snapshot shows the stored text moved since our edit
//   began; both end in a conflict the user resolves, with both texts kept.

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error' | 'conflict';

export interface Versioned<V> {
  value: V;
  version: number;
}

export interface Conflict<V> {
  /** The text on this screen. */
  mine: V;
  /** The text stored by the other writer. */
  theirs: V;
  /** The stored record's version, which "keep mine" saves against. */
  theirsVersion: number;
}

export interface FieldSnapshot<V> {
  value: V;
  status: SaveStatus;
  /** The Vietnamese message of the last failed save. */
  error: string | null;
  conflict: Conflict<V> | null;
}

/** What a field shows besides its value: an uncontrolled input re-renders only when this changes. */
export type FieldStatusSnapshot<V> = Omit<FieldSnapshot<V>, 'value'>;

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** The registry: one entry per record key, e.g. `sr:<subject>:<indicatorNo>`, `text:<kind>:<subject>`, `comment:<id>`. */
export class AutosaveRegistry {
  private readonly versions = new Map<string, number>();
  private readonly chains = new Map<string, Promise<unknown>>();
  private inFlight = 0;
  private readonly listeners = new Set<() => void>();

  /** The newest version remembered for a key (undefined when nothing was seen yet). */
  version(key: string): number | undefined {
    return this.versions.get(key);
  }

  /** Remembers a version seen for the key; versions only go up. */
  note(key: string, version: number): void {
    const known = this.versions.get(key);
    if (known === undefined || version > known) this.versions.set(key, version);
  }

  /** The version to save against: max(version in the snapshot, newest remembered). */
  known(key: string, storedVersion: number): number {
    return Math.max(storedVersion, this.versions.get(key) ?? 0);
  }

  /** Runs `task` after every task queued earlier for the same key has settled. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    this.inFlight += 1;
    this.emit();
    const next = previous.then(
      () => task(),
      () => task(),
    );
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.chains.set(key, settled);
    void settled.then(() => {
      this.inFlight -= 1;
      if (this.chains.get(key) === settled) this.chains.delete(key);
      this.emit();
    });
    return next;
  }

  /** Saves queued or running, over all keys (a window should not close while this is above 0). */
  pending(): number {
    return this.inFlight;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The registry every autosave field of this window shares. */
export const autosaveRegistry = new AutosaveRegistry();

/** The core stores text NFC-normalised and trimmed: compare the way it stores. */
export function sameText(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.normalize('NFC').trim() === b.normalize('NFC').trim();
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The error a save may throw: enough of ApiError to decide, without importing the client. */
interface ErrorLike {
  code?: unknown;
  message?: unknown;
  current?: unknown;
  issues?: unknown;
}

/** The Vietnamese message of a failed call: the first field message if any, else the general one. */
export function messageOf(error: unknown, fallback: string): string {
  const e = (error ?? {}) as ErrorLike;
  // A field message names the field; the envelope's message may be more general.
  if (Array.isArray(e.issues) && e.issues.length > 0) {
    const first = e.issues[0] as { message?: unknown };
    if (typeof first.message === 'string') return first.message;
  }
  return typeof e.message === 'string' && e.message !== '' ? e.message : fallback;
}

/** A CONFLICT answer from the core (another window saved first). */
export const isConflict = (error: unknown) => typeof error === 'object' && error !== null && (error as ErrorLike).code === 'CONFLICT';

/** Reads `{ text, version }` from a stored record: the default for texts and comments. */
export function textOfRecord(current: unknown): Versioned<string> | null {
  if (typeof current !== 'object' || current === null) return null;
  const r = current as { text?: unknown; version?: unknown };
  return typeof r.text === 'string' && typeof r.version === 'number' ? { value: r.text, version: r.version } : null;
}

export interface FieldOptions<V> {
  key: string;
  save: (value: V, baseVersion: number) => Promise<{ version: number }>;
  /** Reads this field's value and the record's version from ApiError.current (CONFLICT). */
  fromCurrent?: (current: unknown) => Versioned<V> | null;
  equals?: (a: V, b: V) => boolean;
  registry?: AutosaveRegistry;
  delayMs?: number;
  maxWaitMs?: number;
  timers?: Timers;
  /** Message when a save fails without one. */
  fallbackError?: string;
}

export const AUTOSAVE_DELAY_MS = 400;
export const AUTOSAVE_MAX_WAIT_MS = 3000;

export class AutosaveField<V> {
  readonly key: string;
  private options: FieldOptions<V>;
  private readonly registry: AutosaveRegistry;
  private readonly timers: Timers;
  private readonly equals: (a: V, b: V) => boolean;

  private value: V;
  /** The stored value this screen's text started from, and that record version. */
  private base: Versioned<V>;
  /** The newest stored value the snapshot showed. */
  private latest: Versioned<V>;
  private focused = false;
  private saving = false;
  private status: SaveStatus = 'idle';
  private error: string | null = null;
  private conflict: Conflict<V> | null = null;
  private timer: unknown = null;
  private firstDirtyAt: number | null = null;
  private queued: Promise<void> | null = null;
  private snap: FieldSnapshot<V>;
  private statusSnap: FieldStatusSnapshot<V>;
  private readonly listeners = new Set<() => void>();

  constructor(options: FieldOptions<V>, stored: Versioned<V>) {
    this.key = options.key;
    this.options = options;
    this.registry = options.registry ?? autosaveRegistry;
    this.timers = options.timers ?? realTimers;
    this.equals = options.equals ?? sameText;
    this.value = stored.value;
    this.base = stored;
    this.latest = stored;
    this.registry.note(this.key, stored.version);
    this.snap = this.makeSnapshot();
    this.statusSnap = { status: this.snap.status, error: this.snap.error, conflict: this.snap.conflict };
  }

  // ---- what the view reads ----
  getSnapshot = (): FieldSnapshot<V> => this.snap;

  /** The same object while status, error and conflict stay: typing alone does not change it. */
  getStatusSnapshot = (): FieldStatusSnapshot<V> => this.statusSnap;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The newest save function (it closes over the latest props). */
  setOptions(options: Partial<Pick<FieldOptions<V>, 'save' | 'fromCurrent'>>): void {
    this.options = { ...this.options, ...options };
  }

  isDirty(): boolean {
    return !this.equals(this.value, this.base.value);
  }

  // ---- what the view does ----
  setValue = (value: V): void => {
    this.value = value;
    if (this.conflict) {
      // Keep both texts on screen; saving waits for the user's choice.
      this.conflict = { ...this.conflict, mine: value };
      this.publish();
      return;
    }
    if (!this.isDirty()) {
      this.clearTimer();
      this.firstDirtyAt = null;
      if (!this.saving && this.status === 'dirty') this.status = this.error ? 'error' : 'saved';
      this.publish();
      return;
    }
    if (!this.saving) this.status = 'dirty';
    this.schedule();
    this.publish();
  };

  onFocus = (): void => {
    this.focused = true;
  };

  onBlur = (): void => {
    this.focused = false;
    if (this.isDirty()) void this.flush();
    else this.adoptLatestIfIdle();
  };

  /** The live snapshot's stored value for this field and the record's version. */
  sync(stored: Versioned<V>): void {
    this.registry.note(this.key, stored.version);
    if (stored.version < this.latest.version) return; // an older snapshot arriving late
    this.latest = stored;
    if (stored.version <= this.base.version) return;
    if (this.equals(stored.value, this.base.value) || this.equals(stored.value, this.value)) {
      // Someone saved another field of the record, or the same text: nothing to decide.
      const wasDirty = this.isDirty();
      this.base = { value: stored.value, version: stored.version };
      if (wasDirty && !this.isDirty() && !this.saving) {
        this.clearTimer();
        this.status = 'saved';
      }
      this.publish();
      return;
    }
    this.adoptLatestIfIdle();
  }

  /** Saves now if there is anything unsaved. Resolves when this save (or the queued one) settled. */
  flush = (): Promise<void> => {
    this.clearTimer();
    if (this.conflict) return Promise.resolve();
    if (this.queued) return this.queued;
    if (!this.isDirty()) return Promise.resolve();
    const queued = this.registry.run(this.key, () => {
      this.queued = null;
      return this.saveNow(true);
    });
    this.queued = queued;
    return queued;
  };

  /** Try again after an error (the status line's retry). */
  retry = (): Promise<void> => {
    if (this.status !== 'error') return Promise.resolve();
    return this.flush();
  };

  resolveConflict = (choice: 'mine' | 'theirs'): Promise<void> => {
    const conflict = this.conflict;
    if (!conflict) return Promise.resolve();
    this.conflict = null;
    this.registry.note(this.key, conflict.theirsVersion);
    this.base = { value: conflict.theirs, version: conflict.theirsVersion };
    if (this.latest.version < conflict.theirsVersion) this.latest = this.base;
    if (choice === 'theirs') {
      this.value = conflict.theirs;
      this.status = 'saved';
      this.error = null;
      this.firstDirtyAt = null;
      this.publish();
      return Promise.resolve();
    }
    this.value = conflict.mine;
    this.status = this.isDirty() ? 'dirty' : 'saved';
    this.publish();
    return this.flush();
  };

  /** On unmount: whatever is unsaved is saved now (the save outlives the view). */
  dispose = (): void => {
    if (this.isDirty()) void this.flush();
    else this.clearTimer();
  };

  // ---- inside ----
  private adoptLatestIfIdle(): void {
    if (this.focused || this.saving || this.conflict || this.isDirty()) return;
    if (this.latest.version <= this.base.version) return;
    this.value = this.latest.value;
    this.base = this.latest;
    this.publish();
  }

  private schedule(): void {
    this.clearTimer();
    const now = this.timers.now();
    this.firstDirtyAt ??= now;
    const delay = this.options.delayMs ?? AUTOSAVE_DELAY_MS;
    const maxWait = this.options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
    const wait = Math.max(0, Math.min(delay, this.firstDirtyAt + maxWait - now));
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      this.timers.clear(this.timer);
      this.timer = null;
    }
  }

  private async saveNow(mayRetryConflict: boolean): Promise<void> {
    if (this.conflict || !this.isDirty()) {
      if (!this.saving && this.status === 'dirty') this.status = 'saved';
      this.publish();
      return;
    }
    // The snapshot already shows a newer text stored by someone else: do not write over it.
    if (this.latest.version > this.base.version && !this.equals(this.latest.value, this.base.value)) {
      this.enterConflict(this.latest.value, this.latest.version);
      return;
    }
    const sending = this.value;
    this.saving = true;
    this.status = 'saving';
    this.firstDirtyAt = null;
    this.publish();
    try {
      const saved = await this.options.save(sending, this.registry.known(this.key, this.latest.version));
      this.registry.note(this.key, saved.version);
      this.base = { value: sending, version: saved.version };
      if (this.latest.version < saved.version) this.latest = this.base;
      this.error = null;
      this.saving = false;
      if (this.isDirty()) {
        this.status = 'dirty';
        if (this.timer === null && !this.queued) this.schedule();
      } else {
        this.status = 'saved';
      }
      this.publish();
    } catch (error) {
      this.saving = false;
      if (isConflict(error)) {
        const current = this.readCurrent((error as ErrorLike).current);
        if (current) {
          this.registry.note(this.key, current.version);
          // The record moved, but not this field: save again against the new version.
          if (mayRetryConflict && this.equals(current.value, this.base.value)) {
            this.base = { value: this.base.value, version: current.version };
            if (this.latest.version < current.version) this.latest = current;
            return this.saveNow(false);
          }
          if (this.equals(current.value, this.value)) {
            this.base = current;
            this.status = 'saved';
            this.error = null;
            this.publish();
            return;
          }
          this.enterConflict(current.value, current.version);
          return;
        }
        this.enterConflict(this.latest.value, this.registry.known(this.key, this.latest.version));
        return;
      }
      this.status = 'error';
      this.error = messageOf(error, this.options.fallbackError ?? '');
      this.publish();
    }
  }

  private readCurrent(current: unknown): Versioned<V> | null {
    const read = this.options.fromCurrent ?? (textOfRecord as unknown as (c: unknown) => Versioned<V> | null);
    try {
      return read(current);
    } catch {
      return null;
    }
  }

  private enterConflict(theirs: V, theirsVersion: number): void {
    this.clearTimer();
    this.conflict = { mine: this.value, theirs, theirsVersion };
    this.status = 'conflict';
    this.publish();
  }

  private makeSnapshot(): FieldSnapshot<V> {
    return { value: this.value, status: this.status, error: this.error, conflict: this.conflict };
  }

  private publish(): void {
    const next = this.makeSnapshot();
    const prev = this.snap;
    if (prev.value === next.value && prev.status === next.status && prev.error === next.error && prev.conflict === next.conflict) return;
    this.snap = next;
    const s = this.statusSnap;
    if (s.status !== next.status || s.error !== next.error || s.conflict !== next.conflict) {
      this.statusSnap = { status: next.status, error: next.error, conflict: next.conflict };
    }
    for (const listener of this.listeners) listener();
  }
}
