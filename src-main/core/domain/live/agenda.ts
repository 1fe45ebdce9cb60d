// Time budget per phase, computed from the number of members and focus indicators; editable.
import type { ForumPhase } from './phases';

export type PhaseBudgets = Record<ForumPhase, number>;

export interface AgendaInput {
  meetingMinutes: number;
  members: number;
  focusIndicators: number;
  hasGuests: boolean;
}

/**
 * Fixed short steps (opening 5, framing 5 + 1 per 9 focus indicators, guest remarks 5 if a guest
 * comes, conclusion 5 + 1 per 5 members); what remains goes to self-mirroring and peer comments in
 * the ratio 11:9 — self-mirroring carries every member, comments only those who speak up.
 */
export function computeBudgets({ meetingMinutes, members, focusIndicators, hasGuests }: AgendaInput): PhaseBudgets {
  const khai_mac = 5;
  const de_dan = 5 + Math.ceil(focusIndicators / 9);
  const y_kien_cap_tren = hasGuests ? 5 : 0;
  const ket_luan = 5 + Math.floor(members / 5);
  const rest = Math.max(0, meetingMinutes - khai_mac - de_dan - y_kien_cap_tren - ket_luan);
  const tu_soi = Math.round((rest * 11) / 20);
  return { chuan_bi: 0, khai_mac, de_dan, tu_soi, gop_y: rest - tu_soi, y_kien_cap_tren, ket_luan };
}

export function totalMinutes(budgets: PhaseBudgets): number {
  return Object.values(budgets).reduce((sum, m) => sum + m, 0);
}

/** Minutes of self-mirroring each member gets, for the facilitator's pacing. */
export function minutesPerMember(budgets: PhaseBudgets, speakers: number): number {
  return speakers === 0 ? 0 : Math.floor((budgets.tu_soi / speakers) * 10) / 10;
}
