// The static index of migrations, oldest first. Append only; never edit or remove a shipped one.
import type { Migration } from 'kysely';
import * as m01 from './2026-11-23-01-cells-members';
import * as m02 from './2026-11-23-02-catalogues';
import * as m03 from './2026-11-23-03-forums';
import * as m04 from './2026-11-23-04-live-forum';
import * as m05 from './2026-11-23-05-documents';
import * as m06 from './2026-11-23-06-search';
import * as m07 from './2026-11-23-07-settings';
import * as m09 from './2026-11-23-09-report-indexes';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '2026-11-23-01-cells-members': m01,
  '2026-11-23-02-catalogues': m02,
  '2026-11-23-03-forums': m03,
  '2026-11-23-04-live-forum': m04,
  '2026-11-23-05-documents': m05,
  '2026-11-23-06-search': m06,
  '2026-11-23-07-settings': m07,
  '2026-11-23-09-report-indexes': m09,
};

export const SCHEMA_VERSION = Object.keys(MIGRATIONS).length;
