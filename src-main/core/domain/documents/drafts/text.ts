// Small Vietnamese text helpers for drafting: dates and times as documents write them, number
// lists, names and roles, shortened indicator wording, and a plain sentence reader that sorts the
// chair's free texts into strengths, shortcomings and tasks.
import type { Indicator, LiveMember } from '../../../../contract';
import type { Block, Run } from '../../../documents/model';

// ---- Dates, times, numbers ----

/** "2026-09-15" → "15/9/2026", the running-text form of resolutions. */
export function dayMonthYear(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return `${day}/${month}/${year}`;
}

/** Vietnam has one time zone, UTC+7, and no daylight saving. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** An instant ('…Z') as Vietnam's local date and clock: { dateIso: 'YYYY-MM-DD', hours, minutes }. */
export function vietnamClock(instantIso: string): { dateIso: string; hours: number; minutes: number } {
  const local = new Date(new Date(instantIso).getTime() + VIETNAM_OFFSET_MS);
  return { dateIso: local.toISOString().slice(0, 10), hours: local.getUTCHours(), minutes: local.getUTCMinutes() };
}

/** "14:05" or (14, 5) → "14 giờ 05 phút". */
export function clockWords(hours: number, minutes: number): string {
  return `${hours} giờ ${String(minutes).padStart(2, '0')} phút`;
}

/** A percentage with the Vietnamese decimal comma: 83.3 → "83,3", 100 → "100". */
export function percentText(value: number): string {
  return String(Math.round(value * 10) / 10).replace('.', ',');
}

/** (5) → "(5)"; [4, 5, 14] → "(4), (5), (14)". */
export { indicatorList, indicatorsPhrase } from '../../indicator-words';

/** [10, 11, 12, 13] → "từ 10 đến 13"; [4, 5] → "4, 5"; [4, 5, 10, 11, 12] → "4, 5, từ 10 đến 12". */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j - i >= 2) parts.push(`từ ${sorted[i]} đến ${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** ['a', 'b', 'c'] → "a, b và c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

// ---- Case and punctuation ----

export const lowerFirst = (text: string): string => (text ? text[0].toLocaleLowerCase('vi') + text.slice(1) : text);
export const upperFirst = (text: string): string => (text ? text[0].toLocaleUpperCase('vi') + text.slice(1) : text);

/** Drops the closing punctuation of a phrase so it can be built into a longer sentence. */
export const trimEnd = (text: string): string => text.trim().replace(/[\s.;,:!…]+$/u, '');

/** Ends a sentence with a full stop unless it already ends with one. */
export const sentence = (text: string): string => {
  const t = text.trim();
  return /[.!?…]$/u.test(t) ? t : `${t}.`;
};

/** The text in Vietnamese quotation marks, without a trailing full stop inside. */
export const quoted = (text: string): string => `“${trimEnd(text)}”`;

// ---- Names, roles, bodies ----

const ROLE_WORDS: Record<LiveMember['partyRole'], string> = {
  bi_thu: 'Bí thư Chi bộ',
  pho_bi_thu: 'Phó Bí thư Chi bộ',
  chi_uy_vien: 'Chi ủy viên',
  dang_vien: 'đảng viên',
};

/** "Bí thư Chi bộ", "Chi ủy viên", "đảng viên", "đảng viên dự bị". */
export function roleWords(member: Pick<LiveMember, 'partyRole' | 'status'>): string {
  if (member.partyRole === 'dang_vien') return member.status === 'du_bi' ? 'đảng viên dự bị' : 'đảng viên';
  return ROLE_WORDS[member.partyRole];
}

/** "Chi bộ Văn phòng" stays; "Văn phòng" becomes "Chi bộ Văn phòng". */
export function cellTitle(name: string): string {
  const n = name.trim();
  return /^chi bộ\s/iu.test(n) ? upperFirst(n) : `Chi bộ ${n}`;
}

/**
 * The committee of a higher body, as recipients and report addressees write it:
 * "Đảng bộ phường Đông Hà" → "Đảng ủy phường Đông Hà".
 */
export function higherCommittee(higherBody: string): string {
  const n = higherBody.trim();
  return /^đảng bộ\s/iu.test(n) ? `Đảng ủy ${n.replace(/^đảng bộ\s+/iu, '')}` : upperFirst(n);
}

// ---- Indicators ----

const SHORT_MAX = 72;

/**
 * An indicator's wording shortened for running text: its first clause (up to ';' or '.'), cut at the
 * last comma before 72 characters if still long. Not quoted: the wording may not be the verified
 * official text, and a shortened clause is a reference, not a citation.
 */
export function shortIndicator(indicator: Pick<Indicator, 'text'> | undefined): string {
  if (!indicator) return '';
  const first = trimEnd(indicator.text.split(/[;.]/u)[0] ?? '');
  if (first.length <= SHORT_MAX) return first;
  // At a comma the cut leaves whole phrases; in the middle of one it says so with '…'.
  const cut = first.lastIndexOf(',', SHORT_MAX);
  if (cut > 20) return trimEnd(first.slice(0, cut));
  return `${trimEnd(first.slice(0, first.lastIndexOf(' ', SHORT_MAX)))}…`;
}

// ---- Reading the chair's free texts ----

/** Splits a free text into sentences (at . ! ? … followed by a capital letter, and at line breaks). */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/u)
    .flatMap((line) => line.split(/(?<=[.!?…])\s+(?=[\p{Lu}“"(])/u))
    .map((s) => s.trim().replace(/^[-+•]\s*/u, ''))
    .filter((s) => s.length > 0);
}

export type SentenceKind = 'strength' | 'shortcoming' | 'task';

const TASK_START = /^(đề nghị|yêu cầu|giao|cần|phải|thống nhất|chi bộ thống nhất|tập thể chi bộ thống nhất|cam kết)(?=[\s,:])/iu;
const TASK_WORDS = /(^|[\s,;:(])(đề nghị|thống nhất khắc phục|khắc phục|cam kết|cần phải)(?=$|[\s,;:.)])/iu;
const SHORTCOMING_START = /^(tuy nhiên|tuy vậy|song|nhưng|bên cạnh đó|hạn chế|khuyết điểm|mặt khác)(?=[\s,:])/iu;
const SHORTCOMING_WORDS = /(^|[\s,;:(])(chưa|còn|hạn chế|khuyết điểm|thiếu|yếu kém|tồn đọng|chậm)(?=$|[\s,;:.)])/iu;

/** A sentence of a review or conclusion read as a strength, a shortcoming or a task (a draft's guess). */
export function classifySentence(text: string): SentenceKind {
  if (TASK_START.test(text) || TASK_WORDS.test(text)) return 'task';
  if (SHORTCOMING_START.test(text) || SHORTCOMING_WORDS.test(text)) return 'shortcoming';
  return 'strength';
}

/** "Tuy nhiên, việc …" → "Việc …": a shortcoming stated on its own. */
export function withoutContrast(text: string): string {
  return upperFirst(text.replace(/^(tuy nhiên|tuy vậy|song|nhưng|bên cạnh đó|mặt khác)[,\s]+/iu, ''));
}

/** "Đề nghị chi bộ cụ thể hóa …" → "Cụ thể hóa …": a request read as a task of the one asked. */
export function asTask(text: string): string {
  return upperFirst(
    text.replace(/^(đề nghị|yêu cầu)\s+((các\s+)?(đồng chí|chi ủy|chi bộ|cấp ủy|đảng ủy)(\s+(bí thư|cấp trên))?\s+)?/iu, '').trim(),
  );
}

/**
 * A response's substance without its formula: "Chi ủy tiếp thu, sẽ đưa vào kế hoạch …" →
 * "đưa vào kế hoạch …"; "Xin tiếp thu." → "".
 */
export function responseSubstance(text: string): string {
  return trimEnd(
    text
      .trim()
      .replace(/^((chi ủy|tôi|em|xin|chúng tôi|đồng chí)\s+)*(xin\s+)?(tiếp thu|ghi nhận)(\s+ý kiến)?[,.;:]?\s*/iu, '')
      .replace(/^(và\s+)?(sẽ\s+)?/iu, ''),
  );
}

/**
 * Causes a speaker named: "… do chờ ý kiến của cơ quan cấp trên, …" → "chờ ý kiến của cơ quan cấp trên".
 * "không phải do …" is a denial, not a cause.
 */
export function namedCauses(text: string): string[] {
  const out: string[] = [];
  const re = /(^|[\s,;(])(do|vì|bởi)\s+([^,;.]+?)(?=\s+nên\s|[,;.)]|$)/giu;
  for (const match of text.matchAll(re)) {
    const before = text.slice(0, match.index + match[1].length).toLocaleLowerCase('vi');
    if (/(không phải|chẳng phải|không)\s*$/u.test(before)) continue;
    const cause = trimEnd(match[3]);
    if (cause.split(/\s+/u).length >= 2) out.push(lowerFirst(cause));
  }
  return out;
}

// ---- Blocks ----

/** A body paragraph (justified, first-line indent). */
export const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

/** A paragraph of styled runs. */
export const runsPara = (...runs: Run[]): Block => ({ kind: 'paragraph', runs: runs.filter((r) => r.text !== '') });

/** A paragraph that starts with a bold lead ("Chủ trì: ") and continues in regular type. */
export const leadPara = (lead: string, text: string): Block => runsPara({ text: lead, bold: true }, { text });

/** A bold sub-heading paragraph ("1. Ưu điểm"). */
export const boldPara = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, bold: true }] });

/** An italic paragraph. */
export const italicPara = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, italic: true }] });
