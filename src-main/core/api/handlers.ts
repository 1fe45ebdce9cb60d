// One handler per contract method. The mapped type makes the compiler list any method left out.
import type { MethodName, Output, ParsedInput } from '../../contract';
import { SCHEMA_VERSION } from '../db/migrations';
import { createCellsRepo } from '../db/repos/cells.repo';
import { exportMemberHistory, getMemberHistory } from '../services/reports/member-history.service';
import { aggregateReport, exportReport } from '../services/reports/report.service';
import { createCell, getCell, listCells, updateCell } from '../services/cells.service';
import { getCatalogue, listCatalogues, reviseCatalogue } from '../services/catalogue.service';
import type { ServiceContext } from '../services/context';
import { createForum, deleteForum, getForum, listForums, updateForum } from '../services/forums.service';
import { addComment, deleteComment, respondToComment, updateComment } from '../services/live/comments.service';
import { getLiveState, setAttendance, setPhase, setReviewOrder, setRoles, setSettings } from '../services/live/meeting.service';
import { getPresenterView, setPresenter } from '../services/live/presenter.service';
import { saveSelfReview, saveText } from '../services/live/records.service';
import {
  addToQueue, controlTimer, finishSpeaker, moveInQueue, nextSpeaker, removeFromQueue,
} from '../services/live/speakers.service';
import {
  createAction, deleteAction, itemsFromCommitments, listActions, recordProgress, reviewActions, updateAction,
} from '../services/documents/actions.service';
import { closeForum } from '../services/documents/closing.service';
import {
  adoptDocument, amendDocument, exportDocument, getDocument, regenerateSection, saveSection,
} from '../services/documents/documents.service';
import { addReservation, deleteReservation, getVote, listReservations, recordVote } from '../services/documents/votes.service';
import {
  getBackupSettings, listBackups, restoreBackup, setBackupSettings, takeBackup,
} from '../services/backups/backups.service';
import { createMember, listMembers, updateMember } from '../services/members.service';
import { openSampleCell } from '../services/sample.service';
import { searchForums } from '../services/search.service';
import { exportRoster, importRoster, previewRoster } from '../services/rosters/roster.service';
import { exportTransfer, importTransfer, previewTransfer } from '../services/transfer/transfer.service';
import { forbiddenState } from '../errors';
import { APP_VERSION } from '../version';

export interface HandlerContext extends ServiceContext {
  dataFile: string;
}

export type Handlers = {
  [M in MethodName]: (ctx: HandlerContext, input: ParsedInput<M>) => Promise<Output<M>>;
};

export const handlers: Handlers = {
  'app.info': async (ctx) => ({
    appVersion: APP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    dataFile: ctx.dataFile,
    hasCells: (await createCellsRepo(ctx.db).count()) > 0,
  }),
  'sample.open': (ctx) => openSampleCell(ctx),
  'cell.list': (ctx) => listCells(ctx),
  'cell.get': (ctx, input) => getCell(ctx, input.id),
  'cell.create': (ctx, input) => createCell(ctx, input),
  'cell.update': (ctx, input) => updateCell(ctx, input),
  'member.list': (ctx, input) => listMembers(ctx, input),
  'member.create': (ctx, input) => createMember(ctx, input),
  'member.update': (ctx, input) => updateMember(ctx, input),
  'member.history': (ctx, input) => getMemberHistory(ctx, input),
  'member.historyExport': (ctx, input) => exportMemberHistory(ctx, input),
  'report.aggregate': (ctx, input) => aggregateReport(ctx, input),
  'report.export': (ctx, input) => exportReport(ctx, input),
  'catalogue.list': (ctx) => listCatalogues(ctx),
  'catalogue.get': (ctx, input) => getCatalogue(ctx, input),
  'catalogue.revise': (ctx, input) => reviseCatalogue(ctx, input),
  'forum.list': (ctx, input) => listForums(ctx, input),
  'forum.get': (ctx, input) => getForum(ctx, input.id),
  'forum.create': (ctx, input) => createForum(ctx, input),
  'forum.update': (ctx, input) => updateForum(ctx, input),
  'forum.delete': (ctx, input) => deleteForum(ctx, input.id),
  'live.get': (ctx, input) => getLiveState(ctx, input.forumId),
  'live.setPhase': (ctx, input) => setPhase(ctx, input),
  'live.setSettings': (ctx, input) => setSettings(ctx, input),
  'live.setRoles': (ctx, input) => setRoles(ctx, input),
  'live.setAttendance': (ctx, input) => setAttendance(ctx, input),
  'live.setReviewOrder': (ctx, input) => setReviewOrder(ctx, input),
  'live.saveText': (ctx, input) => saveText(ctx, input),
  'live.saveSelfReview': (ctx, input) => saveSelfReview(ctx, input),
  'comment.add': (ctx, input) => addComment(ctx, input),
  'comment.update': (ctx, input) => updateComment(ctx, input),
  'comment.respond': (ctx, input) => respondToComment(ctx, input),
  'comment.delete': (ctx, input) => deleteComment(ctx, input.id),
  'queue.add': (ctx, input) => addToQueue(ctx, input),
  'queue.move': (ctx, input) => moveInQueue(ctx, input),
  'queue.next': (ctx, input) => nextSpeaker(ctx, input),
  'queue.finish': (ctx, input) => finishSpeaker(ctx, input),
  'queue.remove': (ctx, input) => removeFromQueue(ctx, input),
  'timer.control': (ctx, input) => controlTimer(ctx, input),
  'presenter.set': (ctx, input) => setPresenter(ctx, input),
  'presenter.get': (ctx, input) => getPresenterView(ctx, input.forumId),
  'forum.close': (ctx, input) => closeForum(ctx, input.forumId),
  'vote.get': (ctx, input) => getVote(ctx, input.forumId),
  'vote.record': (ctx, input) => recordVote(ctx, input),
  'reservation.list': (ctx, input) => listReservations(ctx, input.forumId),
  'reservation.add': (ctx, input) => addReservation(ctx, input),
  'reservation.delete': (ctx, input) => deleteReservation(ctx, input.id),
  'document.get': (ctx, input) => getDocument(ctx, input),
  'document.saveSection': (ctx, input) => saveSection(ctx, input),
  'document.regenerateSection': (ctx, input) => regenerateSection(ctx, input),
  'document.adopt': (ctx, input) => adoptDocument(ctx, input),
  'document.amend': (ctx, input) => amendDocument(ctx, input),
  'document.export': (ctx, input) => exportDocument(ctx, input),
  'action.list': (ctx, input) => listActions(ctx, input),
  'action.review': (ctx, input) => reviewActions(ctx, input.forumId),
  'action.create': (ctx, input) => createAction(ctx, input),
  'action.update': (ctx, input) => updateAction(ctx, input),
  'action.progress': (ctx, input) => recordProgress(ctx, input),
  'action.delete': (ctx, input) => deleteAction(ctx, input.id),
  'action.fromCommitments': (ctx, input) => itemsFromCommitments(ctx, input.forumId),
  'search.query': (ctx, input) => searchForums(ctx, input),
  'backup.list': async (ctx) => listBackups(ctx),
  'backup.create': (ctx) => takeBackup(ctx, 'manual'),
  'backup.restore': (ctx, input) => restoreBackup(ctx, input.id),
  'backup.getSettings': (ctx) => getBackupSettings(ctx),
  'backup.setSettings': (ctx, input) => setBackupSettings(ctx, input),
  // The normal core answers "normal"; src-main/core/recovery.ts answers these in recovery mode.
  'recovery.status': async (ctx) => ({ mode: 'normal', message: '', dataFile: ctx.dataFile, backups: [] }),
  'recovery.restore': async () => {
    throw forbiddenState('Dữ liệu đang mở bình thường; hãy khôi phục từ mục Sao lưu trong Cài đặt.');
  },
  'roster.preview': (ctx, input) => previewRoster(ctx, input),
  'roster.import': (ctx, input) => importRoster(ctx, input),
  'roster.export': (ctx, input) => exportRoster(ctx, input),
  'transfer.export': (ctx, input) => exportTransfer(ctx, input),
  'transfer.preview': (ctx, input) => previewTransfer(ctx, input),
  'transfer.import': (ctx, input) => importTransfer(ctx, input),
};
