// Where the data lives by default: the platform's per-user application-data folder.
import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_NAME = 'tu-soi';
export const DATABASE_FILE_NAME = 'tu-soi.sqlite3';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), DATA_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', DATA_DIR_NAME);
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), DATA_DIR_NAME);
}
