// Pure helpers of the action plan screens: the form's draft and its conversion to the contract's
// fields, what differs after a collision, how items group for the review and the cell home.
import type { ActionItem, ActionOwnerKind } from '../../../src-main/contract/documents';
import type { Input } from '../../api';
import { formatDateShort, parseDateInput, t } from '../../i18n';

export type { ActionItem, ActionOwnerKind };

/** What the form edits: the deadline as typed (dd/mm/yyyy), everything else as the contract has it. */
export interface ActionDraft {
  shortcoming: string;
  indicatorNos: number[];
  cause: string;
  measure: string;
  ownerKind: ActionOwnerKind;
  ownerMemberId: string | null;
  supporting: string;
  deadlineText: string;
  expectedResult: string;
  monitor: string;
  note: string;
}

export type ActionFields = Omit<Input<'action.create'>, 'forumId'>;

export const OWNER_KINDS: readonly ActionOwnerKind[] = ['member', 'chi_uy', 'cell'];

export const emptyDraft = (): ActionDraft => ({
  shortcoming: '',
  indicatorNos: [],
  cause: '',
  measure: '',
  ownerKind: 'member',
  ownerMemberId: null,
  supporting: '',
  deadlineText: '',
  expectedResult: '',
  monitor: '',
  note: '',
});

export const draftOf = (item: ActionItem): ActionDraft => ({
  shortcoming: item.shortcoming,
  indicatorNos: [...item.indicatorNos],
  cause: item.cause,
  measure: item.measure,
  ownerKind: item.ownerKind,
  ownerMemberId: item.ownerMemberId,
  supporting: item.supporting,
  deadlineText: item.deadline ? formatDateShort(item.deadline) : '',
  expectedResult: item.expectedResult,
  monitor: item.monitor,
  note: item.note,
});

/**
 * The draft as the contract's fields, or the local message for a deadline that is not a date.
 * Everything else is checked by the core, whose messages show next to their fields.
 */
export function fieldsOf(draft: ActionDraft): { fields: ActionFields } | { deadlineError: string } {
  const typed = draft.deadlineText.trim();
  const deadline = typed === '' ? null : parseDateInput(typed);
  if (typed !== '' && deadline === null) return { deadlineError: t.dates.dateInvalid };
  return {
    fields: {
      shortcoming: draft.shortcoming,
      indicatorNos: [...new Set(draft.indicatorNos)].sort((a, b) => a - b),
      cause: draft.cause,
      measure: draft.measure,
      ownerKind: draft.ownerKind,
      ownerMemberId: draft.ownerKind === 'member' ? draft.ownerMemberId : null,
      supporting: draft.supporting,
      deadline,
      expectedResult: draft.expectedResult,
      monitor: draft.monitor,
      note: draft.note,
    },
  };
}

/** The fields shown side by side after a collision, in the plan's column order. */
export const COMPARED_FIELDS = [
  'shortcoming', 'indicatorNos', 'cause', 'measure', 'ownerKind', 'ownerMemberId', 'supporting', 'deadline', 'expectedResult', 'monitor', 'note',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Where what I was saving and what is stored now differ (trimmed text compared as the core stores it). */
export function differingFields(mine: ActionFields, theirs: ActionItem): ComparedField[] {
  const norm = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').trim() : v);
  return COMPARED_FIELDS.filter((key) => !same(norm(mine[key]), norm(theirs[key])));
}

/** An ActionItem read from ApiError.current on CONFLICT, or null when the core sent none. */
export function itemFromConflict(current: unknown): ActionItem | null {
  if (typeof current !== 'object' || current === null) return null;
  const c = current as Partial<ActionItem>;
  return typeof c.id === 'string' && typeof c.version === 'number' && typeof c.shortcoming === 'string' ? (current as ActionItem) : null;
}

/** Whole days from a deadline to today (both 'YYYY-MM-DD'); positive when the deadline has passed. */
export function daysPast(deadline: string, today: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(today) - day(deadline)) / 86_400_000);
}

export type ActionStatus = 'overdue' | 'open' | 'notStarted' | 'done';

export function statusOf(item: Pick<ActionItem, 'completedAt' | 'overdue' | 'progress'>): ActionStatus {
  if (item.completedAt !== null) return 'done';
  if (item.overdue) return 'overdue';
  return item.progress > 0 ? 'open' : 'notStarted';
}

/** The review list in three parts: overdue (the most overdue first), open (nearest deadline first), done since. */
export function splitReview(items: readonly ActionItem[]): { overdue: ActionItem[]; open: ActionItem[]; done: ActionItem[] } {
  const byDeadline = (a: ActionItem, b: ActionItem) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.createdAt.localeCompare(b.createdAt);
  return {
    overdue: items.filter((i) => statusOf(i) === 'overdue').sort(byDeadline),
    open: items.filter((i) => i.completedAt === null && !i.overdue).sort(byDeadline),
    done: items.filter((i) => i.completedAt !== null).sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '')),
  };
}

/** The entry that completed the item (its note says how), if it is completed. */
export function completionOf(item: Pick<ActionItem, 'completedAt' | 'history'>): ActionItem['history'][number] | null {
  if (item.completedAt === null) return null;
  return [...item.history].reverse().find((h) => h.progress === 100) ?? null;
}

/** The latest progress entry, if any. */
export const lastEntry = (item: Pick<ActionItem, 'history'>) => (item.history.length === 0 ? null : item.history[item.history.length - 1]);

/** What the cell home shows: open and overdue counts, the overdue items most overdue first. */
export function homeSummary(items: readonly ActionItem[]) {
  const open = items.filter((i) => i.completedAt === null);
  return {
    total: items.length,
    open: open.length,
    done: items.length - open.length,
    overdue: splitReview(items).overdue,
  };
}

/** Where a forum's action plan is edited: the documents page's plan tab (documentsPath(…, 'KH') in features/documents). */
export const planPath = (cellId: string, forumId: string) => `/cells/${cellId}/forums/${forumId}/documents/KH`;

/** The "(4), (14)" of an item's indicators, or the word for none. */
export const indicatorsText = (nos: readonly number[]) => (nos.length === 0 ? t.actions.none : t.actions.indicatorList(nos));

/** Up to `max` characters, cut at a word with an ellipsis. */
export function shorten(text: string, max = 90): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
