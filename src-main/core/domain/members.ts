// Rules on the cell's roll: who counts as what.
import type { MemberCounts, MemberStatus, PartyRole } from '../../contract';

export interface MemberFacts {
  status: MemberStatus;
  exempt: boolean;
  active: boolean;
}

export function countMembers(members: readonly MemberFacts[]): MemberCounts {
  const current = members.filter((m) => m.active);
  return {
    total: current.length,
    chinhThuc: current.filter((m) => m.status === 'chinh_thuc').length,
    duBi: current.filter((m) => m.status === 'du_bi').length,
    exempt: current.filter((m) => m.exempt).length,
    left: members.length - current.length,
  };
}

/** A cell has one bí thư at a time; deputies and committee members may be several. */
export const SINGLE_HOLDER_ROLES: readonly PartyRole[] = ['bi_thu'];
