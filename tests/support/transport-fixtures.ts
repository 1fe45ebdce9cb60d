// Cores with repeatable ids for comparing transports, closed after each test.
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../src-main/core/core';
import { deterministicCoreOptions } from './scenario';
import { tempDir } from './test-core';

const cleanups: (() => Promise<void> | void)[] = [];

/** Registers the cleanup hook in the calling test file. */
export function useCleanups(): (cleanup: () => Promise<void> | void) => void {
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  return (cleanup) => void cleanups.push(cleanup);
}

export async function freshDeterministicCore(onCleanup: (c: () => Promise<void>) => void): Promise<Core> {
  const core = await createCore({ dataDir: tempDir(), ...deterministicCoreOptions() });
  onCleanup(() => core.close());
  return core;
}

/** app.info names the data file, which differs per temporary folder. */
export const withoutDataFile = (results: unknown[]) =>
  JSON.parse(JSON.stringify(results).replace(/"dataFile":"[^"]*"/g, '"dataFile":"…"'));
