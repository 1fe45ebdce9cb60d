// The vote on a resolution: only full members present may vote; the pass rule is a setting
// (default: more than half of the cell's full members who are not exempt must vote for).
export interface VoteRule {
  basis: 'full_not_exempt' | 'full' | 'full_present';
  numerator: number;
  denominator: number;
  /** true: strictly more than the fraction ("quá nửa"); false: at least. */
  strictlyMore: boolean;
}

export const DEFAULT_VOTE_RULE: VoteRule = { basis: 'full_not_exempt', numerator: 1, denominator: 2, strictlyMore: true };

export interface VoteTally {
  for: number;
  against: number;
  abstain: number;
}

export interface VoterFacts {
  status: 'chinh_thuc' | 'du_bi';
  exempt: boolean;
  present: boolean;
}

export type VoteCheck =
  | { ok: true; eligibleVoters: number; basis: number; required: number; passed: boolean; percentFor: number; explanation: string }
  | { ok: false; reason: string };

const BASIS_WORDS: Record<VoteRule['basis'], string> = {
  full_not_exempt: 'đảng viên chính thức không miễn sinh hoạt của chi bộ',
  full: 'đảng viên chính thức của chi bộ',
  full_present: 'đảng viên chính thức có mặt',
};

/** Checks a tally against who could vote, then applies the pass rule; the arithmetic is spelled out. */
export function evaluateVote(tally: VoteTally, members: readonly VoterFacts[], rule: VoteRule = DEFAULT_VOTE_RULE): VoteCheck {
  const voters = members.filter((m) => m.status === 'chinh_thuc' && m.present);
  const cast = tally.for + tally.against + tally.abstain;
  if ([tally.for, tally.against, tally.abstain].some((n) => !Number.isInteger(n) || n < 0)) {
    return { ok: false, reason: 'Số phiếu phải là số nguyên không âm.' };
  }
  if (cast > voters.length) {
    const probationaryPresent = members.filter((m) => m.status === 'du_bi' && m.present).length;
    return {
      ok: false,
      reason:
        `Tổng số biểu quyết (${cast}) nhiều hơn số đảng viên chính thức có mặt (${voters.length}).` +
        (probationaryPresent > 0 ? ` Đảng viên dự bị (${probationaryPresent} đồng chí có mặt) không biểu quyết.` : '') +
        ' Hãy kiểm tra lại số phiếu.',
    };
  }
  const basisMembers =
    rule.basis === 'full_present' ? voters : members.filter((m) => m.status === 'chinh_thuc' && (rule.basis === 'full' || !m.exempt));
  const basis = basisMembers.length;
  const exact = (basis * rule.numerator) / rule.denominator;
  const required = Math.max(1, rule.strictlyMore ? Math.floor(exact) + 1 : Math.ceil(exact));
  const passed = basis > 0 && tally.for >= required;
  const percentFor = basis === 0 ? 0 : Math.round((tally.for / basis) * 1000) / 10;
  const fraction = rule.numerator === 1 && rule.denominator === 2 ? 'một nửa' : `${rule.numerator}/${rule.denominator}`;
  const explanation =
    `Tán thành ${tally.for}, không tán thành ${tally.against}, không biểu quyết ${tally.abstain} ` +
    `(trên ${voters.length} đảng viên chính thức có mặt). Cần ${rule.strictlyMore ? 'quá' : 'ít nhất'} ${fraction} ` +
    `của ${basis} ${BASIS_WORDS[rule.basis]}, tức tối thiểu ${required} phiếu tán thành — ${passed ? 'được thông qua' : 'chưa được thông qua'}.`;
  return { ok: true, eligibleVoters: voters.length, basis, required, passed, percentFor, explanation };
}
