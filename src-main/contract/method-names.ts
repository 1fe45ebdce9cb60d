// The allow-list of method and event names. Plain data with no imports, so the sandboxed preload
// can bundle it without pulling zod or anything else across. `methods.ts` is type-checked against it.
export const METHOD_NAMES = [
  'app.info',
  'sample.open',
  'cell.list',
  'cell.get',
  'cell.create',
  'cell.update',
  'member.list',
  'member.create',
  'member.update',
  'member.history',
  'member.historyExport',
  'report.aggregate',
  'report.export',
  'catalogue.list',
  'catalogue.get',
  'catalogue.revise',
  'forum.list',
  'forum.get',
  'forum.create',
  'forum.update',
  'forum.delete',
  'live.get',
  'live.setPhase',
  'live.setSettings',
  'live.setRoles',
  'live.setAttendance',
  'live.setReviewOrder',
  'live.saveText',
  'live.saveSelfReview',
  'comment.add',
  'comment.update',
  'comment.respond',
  'comment.delete',
  'queue.add',
  'queue.move',
  'queue.next',
  'queue.finish',
  'queue.remove',
  'timer.control',
  'presenter.set',
  'presenter.get',
  'forum.close',
  'vote.get',
  'vote.record',
  'reservation.list',
  'reservation.add',
  'reservation.delete',
  'document.get',
  'document.saveSection',
  'document.regenerateSection',
  'document.adopt',
  'document.amend',
  'document.export',
  'action.list',
  'action.review',
  'action.create',
  'action.update',
  'action.progress',
  'action.delete',
  'action.fromCommitments',
  'search.query',
  'backup.list',
  'backup.create',
  'backup.restore',
  'backup.getSettings',
  'backup.setSettings',
  'recovery.status',
  'recovery.restore',
  'roster.preview',
  'roster.import',
  'roster.export',
  'transfer.export',
  'transfer.preview',
  'transfer.import',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const EVENT_NAMES = ['data.changed', 'live.changed', 'app.mode'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

/** The two IPC channels between the preload and the Electron main process. */
export const IPC_INVOKE_CHANNEL = 'tusoi:invoke';
export const IPC_EVENT_CHANNEL = 'tusoi:event';
