// The chair's starting text for a conclusion, built from the record: what the subject named in
// themself, what peers raised, and the commitments with their deadlines. The chair edits it.
import { indicatorsPhrase } from '../indicator-words';
import { formatShortDate } from '../vietnamese';
import type { Mirror } from './mirror';

export interface CommitmentFact {
  indicatorNo: number;
  commitment: string;
  dueDate: string | null;
}

export function draftConclusion(who: string, mirror: Mirror, commitments: readonly CommitmentFact[]): string {
  const lines: string[] = [];
  lines.push(
    mirror.selfIdentified.length > 0
      ? `${who} tự nhận có biểu hiện hoặc nguy cơ ở ${indicatorsPhrase(mirror.selfIdentified)}.`
      : `${who} tự nhận không có biểu hiện nào trong các biểu hiện trọng tâm.`,
  );
  if (mirror.raisedByPeers.length > 0) {
    lines.push(`Các đồng chí góp ý về ${indicatorsPhrase(mirror.raisedByPeers)}.`);
  } else if (mirror.commentsReceived === 0) {
    lines.push('Chưa nhận được ý kiến góp ý.');
  }
  if (mirror.raisedNotSelf.length > 0) {
    lines.push(`Cần tự soi thêm ${indicatorsPhrase(mirror.raisedNotSelf)} được góp ý nhưng chưa tự nhận.`);
  }
  const real = commitments.filter((c) => c.commitment.trim() !== '');
  if (real.length > 0) {
    lines.push('Cam kết tự sửa:');
    for (const c of real) lines.push(`- Biểu hiện (${c.indicatorNo}): ${c.commitment.trim()}${c.dueDate ? ` (hạn ${formatShortDate(c.dueDate)})` : ''}.`);
  }
  return lines.join('\n');
}
