// The active catalogue and the display helpers built on it. Only Vietnamese exists today; the
// helpers read from `t`, so switching catalogue later switches them too.
import type { ForumStatus, MemberStatus, PartyRole, VerificationLevel } from '../api/types';
import { vi, type Messages } from './vi';

export const t: Messages = vi;
export type { Messages };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Splits "2026-03-05" (or an ISO timestamp, read as its local calendar day) into numbers. */
function parts(value: string): { year: number; month: number; day: number } | null {
  if (value.length > 10 && value.includes('T')) {
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return null;
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  }
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "2026-03-05" → "ngày 5 tháng 3 năm 2026". */
export function formatDateLong(value: string): string {
  const p = parts(value);
  return p ? t.dates.long(p.day, p.month, p.year) : value;
}

/** "2026-03-05" → "05/03/2026". */
export function formatDateShort(value: string): string {
  const p = parts(value);
  if (!p) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** Today as "YYYY-MM-DD" in the local calendar (what a date input and the API both use). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Thứ Hai, ngày 5 tháng 3 năm 2026". */
export function formatDateWithWeekday(value: string): string {
  const p = parts(value);
  if (!p) return value;
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return `${t.dates.weekdays[weekday]}, ${t.dates.long(p.day, p.month, p.year)}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * What people type for a date → "YYYY-MM-DD", or null. Accepts the Vietnamese order
 * "5/3/2026", "05/03/2026", "5-3-2026", "5.3.2026" and the ISO form "2026-03-05".
 */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  if (!isRealDate(y, m, d)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** "8:00", "08:00", "8h", "8h30", "8g30", "08.00" → "08:00", or null. */
export function parseTimeInput(text: string): string | null {
  const m = /^(\d{1,2})\s*(?:[:.hg]\s*(\d{2})?)?$/i.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export const memberStatusLabel = (s: MemberStatus) => t.enums.memberStatus[s];
export const partyRoleLabel = (r: PartyRole) => t.enums.partyRole[r];
export const verificationLabel = (v: VerificationLevel) => t.enums.verification[v];
export const forumStatusLabel = (s: ForumStatus) => t.enums.forumStatus[s];

/** The enum values in display order, taken from the catalogue keys (complete by type). */
export const MEMBER_STATUS_ORDER = Object.keys(vi.enums.memberStatus) as MemberStatus[];
export const PARTY_ROLE_ORDER = Object.keys(vi.enums.partyRole) as PartyRole[];
