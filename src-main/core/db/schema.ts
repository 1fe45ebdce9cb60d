// Row types of the SQLite tables, for Kysely. Booleans are 0/1 integers; lists are JSON text.
import type { ColumnType } from 'kysely';

export interface CellsTable {
  id: string;
  name: string;
  higher_body: string;
  place_name: string;
  term_start_year: number;
  term_end_year: number;
  is_sample: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MembersTable {
  id: string;
  cell_id: string;
  full_name: string;
  birth_year: number | null;
  status: 'chinh_thuc' | 'du_bi';
  party_role: 'bi_thu' | 'pho_bi_thu' | 'chi_uy_vien' | 'dang_vien';
  other_positions: string;
  exempt: number;
  active: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CataloguesTable {
  id: string;
  code: string;
  version: number;
  title: string;
  source: string;
  note: string;
  created_at: string;
}

export interface CatalogueGroupsTable {
  catalogue_id: string;
  code: string;
  position: number;
  title: string;
}

export interface CatalogueIndicatorsTable {
  catalogue_id: string;
  no: number;
  group_code: string;
  text: string;
  verification: 'verbatim' | 'near_verbatim' | 'partial' | 'gist_only' | 'user_edited';
  confirmed_at: string | null;
}

export interface ForumsTable {
  id: string;
  cell_id: string;
  catalogue_id: string;
  topic: string;
  date: string;
  start_time: string;
  place: string;
  /** JSON array of strings. */
  basis_documents: string;
  chair_member_id: string | null;
  secretary_member_id: string | null;
  /** JSON array of { name, position }. */
  guests: string;
  /** JSON array of indicator numbers. */
  focus: string;
  status: 'draft' | 'in_progress' | 'closed';
  created_at: string;
  updated_at: ColumnType<string, string, string>;
  version: number;
}

export interface Database {
  cells: CellsTable;
  members: MembersTable;
  catalogues: CataloguesTable;
  catalogue_groups: CatalogueGroupsTable;
  catalogue_indicators: CatalogueIndicatorsTable;
  forums: ForumsTable;
}
