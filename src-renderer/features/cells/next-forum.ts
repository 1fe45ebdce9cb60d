import type { ForumSummary } from '../../api/types';

/**
 * The forum to show as "next": one being held now, else the nearest draft from today on, else the
 * latest draft (a past date not yet held). The rest, newest first, are "recent".
 */
export function splitForums(forums: readonly ForumSummary[], today: string): { next?: ForumSummary; recent: ForumSummary[] } {
  const byDateAsc = [...forums].sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
  const next =
    byDateAsc.find((f) => f.status === 'in_progress') ??
    byDateAsc.find((f) => f.status === 'draft' && f.date >= today) ??
    [...byDateAsc].reverse().find((f) => f.status === 'draft');
  const recent = byDateAsc
    .filter((f) => f !== next)
    .reverse()
    .slice(0, 5);
  return { next, recent };
}
