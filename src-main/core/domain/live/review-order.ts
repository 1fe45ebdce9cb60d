// Who mirrors themself in what order: the collective first, then the bí thư, the deputies, the
// committee members and the members (each rank in Vietnamese name order), as the guidance sets.
import { COLLECTIVE, type PartyRole } from '../../../contract';
import { compareVietnameseNames } from '../vietnamese';

export { COLLECTIVE };
/** A subject of self-mirroring: the collective (chi bộ as a whole) or a member id. */
export type SubjectKey = typeof COLLECTIVE | string;

const ROLE_RANK: Record<PartyRole, number> = { bi_thu: 0, pho_bi_thu: 1, chi_uy_vien: 2, dang_vien: 3 };

export interface OrderableMember {
  id: string;
  fullName: string;
  partyRole: PartyRole;
}

export function defaultReviewOrder(members: readonly OrderableMember[]): SubjectKey[] {
  const ranked = [...members].sort(
    (a, b) => ROLE_RANK[a.partyRole] - ROLE_RANK[b.partyRole] || compareVietnameseNames(a.fullName, b.fullName),
  );
  return [COLLECTIVE, ...ranked.map((m) => m.id)];
}

/**
 * Keeps a saved order valid as the roll changes: unknown ids are dropped, subjects not yet in it
 * are appended in default order, the collective always stays.
 */
export function reconcileReviewOrder(saved: readonly SubjectKey[] | null, members: readonly OrderableMember[]): SubjectKey[] {
  const fallback = defaultReviewOrder(members);
  if (!saved) return fallback;
  const known = new Set(fallback);
  const kept = [...new Set(saved)].filter((key) => known.has(key));
  const missing = fallback.filter((key) => !kept.includes(key));
  return kept.includes(COLLECTIVE) ? [...kept, ...missing] : [COLLECTIVE, ...kept, ...missing.filter((k) => k !== COLLECTIVE)];
}
