// The indicator catalogue as versioned data. Pure rules: which wording may be shown as official,
// how a revision produces the next version, how a forum's focus selection is normalised.
import type { VerificationLevel } from '../../contract';

export interface CatalogueIndicatorData {
  no: number;
  groupCode: string;
  text: string;
  verification: VerificationLevel;
  confirmedAt: string | null;
}

export interface CatalogueGroupData {
  code: string;
  title: string;
}

export interface IndicatorChange {
  no: number;
  text: string;
  confirmed: boolean;
}

/** Only wording seen word for word, or confirmed by a user against the print, is official. */
export function isOfficialWording(item: Pick<CatalogueIndicatorData, 'verification' | 'confirmedAt'>): boolean {
  return item.verification === 'verbatim' || item.confirmedAt !== null;
}

export class UnknownIndicatorError extends Error {
  constructor(readonly numbers: number[]) {
    super(`Unknown indicator numbers: ${numbers.join(', ')}`);
  }
}

/**
 * The items of the next version: changed items take the new text; "confirmed" stamps them as
 * checked against the printed resolution. New wording becomes `user_edited` (the old source no
 * longer vouches for it) and loses any earlier confirmation unless confirmed now.
 */
export function reviseIndicators(
  current: readonly CatalogueIndicatorData[],
  changes: readonly IndicatorChange[],
  now: string,
): CatalogueIndicatorData[] {
  const known = new Set(current.map((i) => i.no));
  const unknown = changes.map((c) => c.no).filter((no) => !known.has(no));
  if (unknown.length > 0) throw new UnknownIndicatorError(unknown);
  const byNo = new Map(changes.map((c) => [c.no, c]));
  return current.map((item) => {
    const change = byNo.get(item.no);
    if (!change) return { ...item };
    const textChanged = change.text.normalize('NFC') !== item.text;
    const confirmedAt = change.confirmed ? now : textChanged ? null : item.confirmedAt;
    const verification: VerificationLevel = textChanged ? 'user_edited' : item.verification;
    return { ...item, text: change.text.normalize('NFC'), verification, confirmedAt };
  });
}

/** The forum's focus: default all indicators; else the given numbers, deduplicated and ordered. */
export function normalizeFocus(requested: readonly number[] | undefined, available: readonly number[]): number[] {
  if (requested === undefined) return [...available].sort((a, b) => a - b);
  const known = new Set(available);
  const unknown = requested.filter((no) => !known.has(no));
  if (unknown.length > 0) throw new UnknownIndicatorError([...new Set(unknown)]);
  return [...new Set(requested)].sort((a, b) => a - b);
}
