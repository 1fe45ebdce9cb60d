// Everything the drafting code reads: the forum's full record as the live snapshot shows it, plus
// what the resolution issue adds (vote, reservations, action items, closing time). Pure data.
import type { ActionItem, LiveState, VoteResult } from '../../../contract';

export interface ForumRecord {
  cell: { name: string; higherBody: string; placeName: string; termStartYear: number; termEndYear: number };
  /** The live snapshot of the forum (roll call, texts, self-reviews, comments, mirrors, conclusions…). */
  live: LiveState;
  vote: VoteResult | null;
  /** Reserved opinions (bảo lưu), by member name. */
  reservations: { memberName: string; text: string }[];
  /** This forum's action items (kế hoạch khắc phục), in plan order. */
  actionItems: ActionItem[];
  /** When the meeting ended ('YYYY-MM-DDTHH:MM:SS.sssZ'); null while it runs. */
  endedAt: string | null;
  /** Other forums of the cell in the period, for the report upward (may be empty). */
  earlierOpenItems: ActionItem[];
}
