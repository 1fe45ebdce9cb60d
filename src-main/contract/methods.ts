// The contract: every method the core answers, with its input and output schema. Both transports
// (Electron IPC, HTTP) and the renderer's typed client are driven by this one map.
import { z } from 'zod';
import type { MethodName, EventName } from './method-names';
import {
  byCell, byId, catalogue, catalogueReviseInput, catalogueSummary, cell, cellCreateInput, cellUpdateInput,
  forum, forumCreateInput, forumSummary, forumUpdateInput, member, memberCreateInput, memberUpdateInput,
  noInput,
} from './schemas';
import { memberHistory, memberHistoryExportInput, memberHistoryInput, reportData, reportExportInput, reportInput } from './reports';
import { boolean, idOf, object } from './fields';
import {
  attendanceInput, byComment, byForum, byQueueEntry, comment, commentAddInput, commentRespondInput, commentUpdateInput,
  forumText, liveMember, livePhaseInput, liveRolesInput, liveSettingsInput, liveState, presenterSetInput, presenterView,
  queueAddInput, queueEntry, queueMoveInput, reviewOrderInput, saveTextInput, selfReview, selfReviewInput, timerInput, timerState,
} from './live';
import {
  actionCreateInput, actionItem, actionListInput, actionProgressInput, actionUpdateInput, amendInput, byDocument, documentState,
  exportedFile, exportInput, regenerateSectionInput, reservation, reservationInput, saveSectionInput, voteInput, voteResult,
} from './documents';
import { searchQueryInput, searchResult } from './search';
import {
  backupEntry, backupInfo, backupSettings, backupSettingsInput, byBackup, recoveryRestoreResult, recoveryStatus, restoreResult,
} from './backups';
import { rosterExportInput, rosterFile, rosterFileInput, rosterImportResult, rosterPreview } from './rosters';
import { transferExportInput, transferFile, transferFileInput, transferImportInput, transferImportResult, transferPreview } from './transfer';

export const contract = {
  /** App and schema version, where the data lives, whether a cell exists yet (first run). */
  'app.info': {
    input: noInput,
    output: z.object({ appVersion: z.string(), schemaVersion: z.number(), dataFile: z.string(), hasCells: z.boolean() }),
  },
  /** Creates the sample cell with realistic data (or returns it if it exists). */
  'sample.open': { input: noInput, output: cell },
  /** All cells with member counts. */
  'cell.list': { input: noInput, output: z.array(cell) },
  'cell.get': { input: byId('Chi bộ'), output: cell },
  'cell.create': { input: cellCreateInput, output: cell },
  /** Full update with a version check. */
  'cell.update': { input: cellUpdateInput, output: cell },
  /** Members of a cell sorted the Vietnamese way (given name, middle, family). */
  'member.list': {
    input: object({ cellId: idOf('Chi bộ'), includeLeft: boolean('Gồm cả người đã chuyển đi').default(true) }),
    output: z.array(member),
  },
  'member.create': { input: memberCreateInput, output: member },
  'member.update': { input: memberUpdateInput, output: member },
  // ---- Between meetings: a member's history and the aggregate report (issue 5) ----
  /** Across forums: indicators self-identified and raised by peers, commitments and their completion. */
  'member.history': { input: memberHistoryInput, output: memberHistory },
  /** The "kết quả khắc phục hạn chế, khuyết điểm kỳ trước" section of a year's self-review (Mẫu 02A/02B), DOCX. */
  'member.historyExport': { input: memberHistoryExportInput, output: exportedFile },
  /** Báo cáo tổng hợp over a date range and a set of cells: forums, attendance, focus, indicators, actions. */
  'report.aggregate': { input: reportInput, output: reportData },
  /** The same report as DOCX (Party format) or XLSX. */
  'report.export': { input: reportExportInput, output: exportedFile },
  /** Every catalogue version, newest first. */
  'catalogue.list': { input: noInput, output: z.array(catalogueSummary) },
  /** One catalogue version; without id, the latest. */
  'catalogue.get': { input: object({ id: idOf('Danh mục').optional() }), output: catalogue },
  /** Corrects wording / confirms items: creates a new version, keeps the old one. */
  'catalogue.revise': { input: catalogueReviseInput, output: catalogue },
  'forum.list': { input: byCell, output: z.array(forumSummary) },
  'forum.get': { input: byId('Diễn đàn'), output: forum },
  'forum.create': { input: forumCreateInput, output: forum },
  'forum.update': { input: forumUpdateInput, output: forum },
  /** Deletes a forum that is still a draft. */
  'forum.delete': { input: byId('Diễn đàn'), output: z.object({ deleted: z.literal(true) }) },
  // ---- The live forum (sinh hoạt tự phê bình và phê bình) ----
  /** Everything the facilitator's screen shows, computed from the record. */
  'live.get': { input: byForum, output: liveState },
  /** Moves to a phase; forward past khai mạc needs the roll call, a secretary and a quorum. */
  'live.setPhase': { input: livePhaseInput, output: liveState },
  /** Meeting length, speaker time, per-phase budgets (null = computed) and the quorum rule. */
  'live.setSettings': { input: liveSettingsInput, output: liveState },
  /** Chair and secretary of the meeting. */
  'live.setRoles': { input: liveRolesInput, output: liveState },
  /** Roll call: one member's presence. */
  'live.setAttendance': { input: attendanceInput, output: liveMember },
  'live.setReviewOrder': { input: reviewOrderInput, output: z.array(z.string()) },
  /** Framing, guest remarks, collective review per group, conclusion per subject (version-checked). */
  'live.saveText': { input: saveTextInput, output: forumText },
  /** One subject × indicator cell of self-mirroring; only the given fields are written (version-checked). */
  'live.saveSelfReview': { input: selfReviewInput, output: selfReview },
  'comment.add': { input: commentAddInput, output: comment },
  'comment.update': { input: commentUpdateInput, output: comment },
  /** The recipient's tiếp thu / giải trình. */
  'comment.respond': { input: commentRespondInput, output: comment },
  'comment.delete': { input: byComment, output: z.object({ deleted: z.literal(true) }) },
  'queue.add': { input: queueAddInput, output: queueEntry },
  'queue.move': { input: queueMoveInput, output: z.array(queueEntry) },
  /** Ends the current speaker's turn, gives the floor to the next and restarts the timer. */
  'queue.next': { input: byForum, output: z.array(queueEntry) },
  'queue.finish': { input: byQueueEntry, output: z.array(queueEntry) },
  'queue.remove': { input: byQueueEntry, output: z.array(queueEntry) },
  'timer.control': { input: timerInput, output: timerState },
  /** What the projector shows: current subject and indicator, and whether to show a statement. */
  'presenter.set': { input: presenterSetInput, output: presenterView },
  'presenter.get': { input: byForum, output: presenterView },
  // ---- After the meeting: closing, vote, documents, action plan (issue 4) ----
  /** Ends the meeting (end time), turns commitments into action items; the record becomes read-only. */
  'forum.close': { input: byForum, output: liveState },
  'vote.get': { input: byForum, output: voteResult.nullable() },
  /** For / against / abstain over full members present, checked against the pass rule. */
  'vote.record': { input: voteInput, output: voteResult },
  'reservation.list': { input: byForum, output: z.array(reservation) },
  /** A reserved opinion (bảo lưu) of a full member. */
  'reservation.add': { input: reservationInput, output: reservation },
  'reservation.delete': { input: object({ id: idOf('Ý kiến bảo lưu') }), output: z.object({ deleted: z.literal(true) }) },
  /** A document's current version (draft sections follow the record unless edited) and its history. */
  'document.get': { input: byDocument, output: documentState },
  'document.saveSection': { input: saveSectionInput, output: documentState },
  /** Drafts one section again from the record; the others keep their manual edits. */
  'document.regenerateSection': { input: regenerateSectionInput, output: documentState },
  /** Assigns the number (per type, per term) and locks the text. */
  'document.adopt': { input: byDocument, output: documentState },
  /** A new draft version of an adopted document, with author and reason. */
  'document.amend': { input: amendInput, output: documentState },
  'document.export': { input: exportInput, output: exportedFile },
  'action.list': { input: actionListInput, output: z.array(actionItem) },
  /** The "review earlier actions" list for a forum: open items of earlier forums, and those done since. */
  'action.review': { input: byForum, output: z.array(actionItem) },
  'action.create': { input: actionCreateInput, output: actionItem },
  'action.update': { input: actionUpdateInput, output: actionItem },
  /** Progress with a date and a note; 100 % completes the item. */
  'action.progress': { input: actionProgressInput, output: actionItem },
  'action.delete': { input: object({ id: idOf('Việc khắc phục') }), output: z.object({ deleted: z.literal(true) }) },
  /** Makes an item of every "tự sửa" commitment that has none yet. */
  'action.fromCommitments': { input: byForum, output: z.array(actionItem) },
  // ---- Search (issue 5) ----
  /** Ranked, diacritics-insensitive search over every forum's record, with filters; matched words come back as ranges. */
  'search.query': { input: searchQueryInput, output: searchResult },
  // ---- Backups and recovery (issue 5) ----
  /** Backups in the backups folder beside the data file, newest first, with what each holds. */
  'backup.list': { input: noInput, output: z.array(backupEntry) },
  /** Takes a backup now ("Sao lưu ngay"). */
  'backup.create': { input: noInput, output: backupInfo },
  /** Checks a backup, takes a safety backup of the current data, then puts the backup in its place. */
  'backup.restore': { input: byBackup, output: restoreResult },
  /** How many backups are kept, and where they are. */
  'backup.getSettings': { input: noInput, output: backupSettings },
  'backup.setSettings': { input: backupSettingsInput, output: backupSettings },
  /** Normal, or recovery (the database could not be opened) with the good backups to offer. */
  'recovery.status': { input: noInput, output: recoveryStatus },
  /** Recovery mode only: restores a good backup, then the app starts normally. */
  'recovery.restore': { input: byBackup, output: recoveryRestoreResult },
  // ---- Rosters (issue 5) ----
  /** Reads an XLSX/CSV roster and lists every row with its problems; writes nothing. */
  'roster.preview': { input: rosterFileInput, output: rosterPreview },
  /** Imports every row of the file in one transaction, or nothing while any row has a problem. */
  'roster.import': { input: rosterFileInput, output: rosterImportResult },
  /** The cell's current members as XLSX or CSV, with the headers the import reads. */
  'roster.export': { input: rosterExportInput, output: rosterFile },
  // ---- Moving data between laptops (issue 5) ----
  /** A cell (or one forum of it) with everything recorded, as one .tusoi file. */
  'transfer.export': { input: transferExportInput, output: transferFile },
  /** What importing a .tusoi file would add, update, leave, and which items conflict; writes nothing. */
  'transfer.preview': { input: transferFileInput, output: transferPreview },
  /** Imports a .tusoi file in one transaction; refused on conflicts unless skipConflicts keeps this laptop's version. */
  'transfer.import': { input: transferImportInput, output: transferImportResult },
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

// Compile-time proof that the name list and the contract agree both ways.
type ContractNames = keyof typeof contract;
const _everyNameHasAContract: Record<MethodName, true> = {} as Record<ContractNames, true>;
void _everyNameHasAContract;

export type Contract = typeof contract;
/** What the caller sends (before defaults are applied). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What the handler receives (validated, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export const events = {
  /** Something was written; clients refetch what they show of it. */
  'data.changed': z.object({
    entity: z.enum(['cell', 'member', 'forum', 'catalogue', 'database']),
    id: z.string(),
    cellId: z.string().nullable(),
  }),
  /** Something in a live forum changed; the facilitator and presenter screens refetch it. */
  'live.changed': z.object({ forumId: z.string(), cellId: z.string() }),
  /** The app entered (or left) recovery mode: windows show (or leave) the recovery screen. */
  'app.mode': z.object({ mode: z.enum(['normal', 'recovery']) }),
} satisfies Record<EventName, z.ZodType>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
