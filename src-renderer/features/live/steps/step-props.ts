import type { ForumPhase, LiveState } from '../../../../src-main/contract/live';

/** What every centre step of the live page receives. */
export interface StepProps {
  state: LiveState;
  forumId: string;
  cellId: string;
  /** A closed forum: show, do not edit. */
  readOnly: boolean;
  /** Shows another step without moving the meeting (e.g. entering statements written ahead). */
  onView: (phase: ForumPhase) => void;
}
