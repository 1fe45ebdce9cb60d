// The desktop app honours `--data-dir DIR` like browser mode (npm start passes its flags on).
import path from 'node:path';
import { defaultDataDir } from '../core/data-dir';

/** `--data-dir DIR` or `--data-dir=DIR`; otherwise the folder browser mode uses too. */
export function dataDirFromArgv(argv: readonly string[]): string {
  const index = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (index === -1) return defaultDataDir();
  const value = argv[index].includes('=') ? argv[index].slice('--data-dir='.length) : argv[index + 1];
  return value ? path.resolve(value) : defaultDataDir();
}
