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
  // ---- live forum (migration 04) ----
  phase: ColumnType<ForumPhase, ForumPhase | undefined, ForumPhase>;
  meeting_minutes: ColumnType<number, number | undefined, number>;
  speaker_seconds: ColumnType<number, number | undefined, number>;
  /** JSON PhaseBudgets; null = computed. */
  budgets: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON QuorumRule; null = the default rule. */
  quorum_rule: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON array of subject keys; null = the default order. */
  review_order: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON TimerState; null = not used yet. */
  timer: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON { subject, indicatorNo, showStatement }. */
  presenter: ColumnType<string, string | undefined, string>;
  // ---- documents (migration 05) ----
  ended_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export type DocumentTypeCode = 'NQ' | 'BB' | 'KH' | 'BC';

export interface DocumentsTable {
  id: string;
  forum_id: string;
  type_code: DocumentTypeCode;
  created_at: string;
}

export interface DocumentVersionsTable {
  document_id: string;
  version_no: number;
  status: 'draft' | 'adopted';
  /** JSON array of { key, title, blocks, edited }. */
  sections: string;
  number: number | null;
  term_start_year: number | null;
  adopted_at: string | null;
  author: string;
  note: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface IssuedNumbersTable {
  cell_id: string;
  type_code: DocumentTypeCode;
  term_start_year: number;
  number: number;
  document_id: string;
  issued_at: string;
}

export interface VotesTable {
  forum_id: string;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  /** JSON VoteRule. */
  rule: string;
  recorded_at: string;
}

export interface ReservationsTable {
  id: string;
  forum_id: string;
  member_id: string;
  text: string;
  created_at: string;
}

export interface ActionItemsTable {
  id: string;
  cell_id: string;
  forum_id: string;
  position: number;
  origin_subject: string | null;
  origin_indicator_no: number | null;
  shortcoming: string;
  /** JSON array of indicator numbers. */
  indicator_nos: string;
  cause: string;
  measure: string;
  owner_kind: 'member' | 'chi_uy' | 'cell';
  owner_member_id: string | null;
  supporting: string;
  deadline: string | null;
  expected_result: string;
  monitor: string;
  note: string;
  progress: number;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ActionProgressTable {
  id: string;
  item_id: string;
  date: string;
  progress: number;
  note: string;
  forum_id: string | null;
  created_at: string;
}

export type ForumPhase = 'chuan_bi' | 'khai_mac' | 'de_dan' | 'tu_soi' | 'gop_y' | 'y_kien_cap_tren' | 'ket_luan';

export interface ForumPhaseLogTable {
  forum_id: string;
  seq: number;
  phase: ForumPhase;
  entered_at: string;
  left_at: string | null;
}

export interface AttendanceTable {
  forum_id: string;
  member_id: string;
  presence: 'present' | 'absent_excused' | 'absent_unexcused';
  reason: string;
  updated_at: string;
}

export interface ForumTextsTable {
  forum_id: string;
  kind: 'framing' | 'guest_remarks' | 'collective_review' | 'conclusion';
  subject: string;
  text: string;
  updated_at: string;
  version: number;
}

export interface SelfReviewsTable {
  forum_id: string;
  subject_member_id: string | null;
  /** Generated: coalesce(subject_member_id, 'collective'). */
  subject: ColumnType<string, never, never>;
  indicator_no: number;
  assessment: string | null;
  statement: string;
  commitment: string;
  commitment_due: string | null;
  updated_at: string;
  version: number;
}

export interface CommentsTable {
  id: string;
  forum_id: string;
  from_member_id: string;
  target_kind: 'member' | 'chi_uy' | 'cap_tren';
  target_member_id: string | null;
  indicator_no: number | null;
  text: string;
  response_kind: 'tiep_thu' | 'giai_trinh' | null;
  response_text: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SpeakerQueueTable {
  id: string;
  forum_id: string;
  member_id: string;
  position: number;
  status: 'waiting' | 'speaking' | 'done';
  added_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface AppSettingsTable {
  key: string;
  /** JSON. */
  value: string;
  updated_at: string;
}

export interface Database {
  cells: CellsTable;
  members: MembersTable;
  catalogues: CataloguesTable;
  catalogue_groups: CatalogueGroupsTable;
  catalogue_indicators: CatalogueIndicatorsTable;
  forums: ForumsTable;
  forum_phase_log: ForumPhaseLogTable;
  attendance: AttendanceTable;
  forum_texts: ForumTextsTable;
  self_reviews: SelfReviewsTable;
  comments: CommentsTable;
  speaker_queue: SpeakerQueueTable;
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
  issued_numbers: IssuedNumbersTable;
  votes: VotesTable;
  reservations: ReservationsTable;
  action_items: ActionItemsTable;
  action_progress: ActionProgressTable;
  app_settings: AppSettingsTable;
}
