import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src-main/core/data-dir';
import { dataDirFromArgv } from '../../src-main/electron/data-dir-arg';

describe('desktop --data-dir', () => {
  it('takes the folder after --data-dir or after =', () => {
    expect(dataDirFromArgv(['electron', '.', '--data-dir', '/tmp/chi-bo'])).toBe('/tmp/chi-bo');
    expect(dataDirFromArgv(['electron', '.', '--data-dir=rel/dir'])).toBe(path.resolve('rel/dir'));
  });
  it('falls back to the shared default folder', () => {
    expect(dataDirFromArgv(['electron', '.'])).toBe(defaultDataDir());
    expect(dataDirFromArgv(['electron', '.', '--data-dir'])).toBe(defaultDataDir());
  });
});
