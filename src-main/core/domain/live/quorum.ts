// Attendance counts and the quorum rule (a setting; default: more than half of the full members
// who are not exempt must be present).
import { PRESENCES, type MemberStatus, type Presence, type QuorumRule } from '../../../contract';

export { PRESENCES, type Presence, type QuorumRule };

export interface RollCallMember {
  id: string;
  status: MemberStatus;
  exempt: boolean;
  presence: Presence | null;
}

export interface AttendanceCounts {
  total: number;
  chinhThuc: number;
  duBi: number;
  exempt: number;
  present: number;
  presentChinhThuc: number;
  presentDuBi: number;
  absentExcused: number;
  absentUnexcused: number;
  unrecorded: number;
}

export function countAttendance(members: readonly RollCallMember[]): AttendanceCounts {
  const present = members.filter((m) => m.presence === 'present');
  return {
    total: members.length,
    chinhThuc: members.filter((m) => m.status === 'chinh_thuc').length,
    duBi: members.filter((m) => m.status === 'du_bi').length,
    exempt: members.filter((m) => m.exempt).length,
    present: present.length,
    presentChinhThuc: present.filter((m) => m.status === 'chinh_thuc').length,
    presentDuBi: present.filter((m) => m.status === 'du_bi').length,
    absentExcused: members.filter((m) => m.presence === 'absent_excused').length,
    absentUnexcused: members.filter((m) => m.presence === 'absent_unexcused').length,
    unrecorded: members.filter((m) => m.presence === null && !m.exempt).length,
  };
}

export const DEFAULT_QUORUM_RULE: QuorumRule = { basis: 'full_not_exempt', numerator: 1, denominator: 2, strictlyMore: true };

export interface QuorumResult {
  eligible: number;
  present: number;
  required: number;
  met: boolean;
  /** The arithmetic in words, for the screen. */
  explanation: string;
}

export function evaluateQuorum(members: readonly RollCallMember[], rule: QuorumRule = DEFAULT_QUORUM_RULE): QuorumResult {
  const inBasis = members.filter((m) => m.status === 'chinh_thuc' && (rule.basis === 'full' || !m.exempt));
  const eligible = inBasis.length;
  const present = inBasis.filter((m) => m.presence === 'present').length;
  const exact = (eligible * rule.numerator) / rule.denominator;
  const required = rule.strictlyMore ? Math.floor(exact) + 1 : Math.ceil(exact);
  const met = eligible > 0 && present >= required;
  const basisWords = rule.basis === 'full' ? 'đảng viên chính thức' : 'đảng viên chính thức không miễn sinh hoạt';
  const fraction = rule.numerator === 1 && rule.denominator === 2 ? 'một nửa' : `${rule.numerator}/${rule.denominator}`;
  const explanation =
    `Có mặt ${present}/${eligible} ${basisWords}; cần ${rule.strictlyMore ? 'quá' : 'ít nhất'} ${fraction} ` +
    `(tối thiểu ${required}) — ${met ? 'đủ' : 'chưa đủ'} điều kiện sinh hoạt.`;
  return { eligible, present, required, met, explanation };
}
