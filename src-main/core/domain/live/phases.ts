// The steps of a live forum, in order, and the rule for moving between them.

import { FORUM_PHASES, type ForumPhase } from '../../../contract';

export { FORUM_PHASES, type ForumPhase };

export const phaseIndex = (phase: ForumPhase): number => FORUM_PHASES.indexOf(phase);

export interface RollCallFacts {
  /** Active members who are expected (not exempt) and have no presence recorded yet. */
  unrecordedMembers: string[];
  secretaryChosen: boolean;
  quorumMet: boolean;
}

export type PhaseMove = { ok: true } | { ok: false; reason: string };

/**
 * Going back is always allowed and loses nothing. Going forward past the opening (khai mạc) needs
 * a complete roll call, a secretary and a quorum: a forum without them is not a valid meeting.
 */
export function checkPhaseMove(from: ForumPhase, to: ForumPhase, facts: RollCallFacts): PhaseMove {
  if (phaseIndex(to) <= phaseIndex(from)) return { ok: true };
  if (phaseIndex(to) <= phaseIndex('khai_mac')) return { ok: true };
  if (facts.unrecordedMembers.length > 0) {
    const names = facts.unrecordedMembers.slice(0, 3).join(', ') + (facts.unrecordedMembers.length > 3 ? '…' : '');
    return { ok: false, reason: `Chưa điểm danh xong: còn ${facts.unrecordedMembers.length} đồng chí chưa ghi có mặt hay vắng (${names}). Hãy hoàn tất điểm danh ở bước Khai mạc.` };
  }
  if (!facts.secretaryChosen) return { ok: false, reason: 'Chưa chọn thư ký cuộc họp. Hãy chọn thư ký ở bước Khai mạc.' };
  if (!facts.quorumMet) return { ok: false, reason: 'Số đảng viên có mặt chưa đủ theo quy định, chưa thể tiến hành sinh hoạt. Hãy kiểm tra lại điểm danh.' };
  return { ok: true };
}

export function nextPhase(phase: ForumPhase): ForumPhase | null {
  return FORUM_PHASES[phaseIndex(phase) + 1] ?? null;
}

export function previousPhase(phase: ForumPhase): ForumPhase | null {
  return phaseIndex(phase) === 0 ? null : FORUM_PHASES[phaseIndex(phase) - 1];
}
