// What runs before any import writes (roster import, data transfer import): a backup of the
// database through the backups service, so an import the user regrets can be undone by restoring
// the backup taken just before it.
import { takeBackup } from './backups/backups.service';
import type { ServiceContext } from './context';

export async function beforeImport(ctx: ServiceContext): Promise<void> {
  await takeBackup(ctx, 'import');
}
