// Issue 4 groundwork: the vote rule and document numbering.
import { describe, expect, it } from 'vitest';
import { evaluateVote, type VoterFacts } from '../../src-main/core/domain/documents/vote';
import { formatDocumentNumber, nextDocumentNumber } from '../../src-main/core/domain/documents/numbering';

const member = (status: VoterFacts['status'], present = true, exempt = false): VoterFacts => ({ status, present, exempt });
/** 6 full members (one exempt, absent), 2 probationary, all others present. */
const cell = [
  member('chinh_thuc'), member('chinh_thuc'), member('chinh_thuc'), member('chinh_thuc'), member('chinh_thuc'),
  member('chinh_thuc', false, true), member('du_bi'), member('du_bi'),
];

describe('evaluateVote', () => {
  it('passes with more than half of the full members who are not exempt, and shows the arithmetic', () => {
    const vote = evaluateVote({ for: 3, against: 1, abstain: 1 }, cell);
    expect(vote).toMatchObject({ ok: true, eligibleVoters: 5, basis: 5, required: 3, passed: true, percentFor: 60 });
    if (vote.ok) expect(vote.explanation).toContain('tối thiểu 3 phiếu tán thành — được thông qua');
  });

  it('a tie does not pass; all abstaining does not pass', () => {
    const even = [member('chinh_thuc'), member('chinh_thuc'), member('chinh_thuc'), member('chinh_thuc')];
    expect(evaluateVote({ for: 2, against: 2, abstain: 0 }, even)).toMatchObject({ ok: true, passed: false, required: 3 });
    expect(evaluateVote({ for: 0, against: 0, abstain: 4 }, even)).toMatchObject({ ok: true, passed: false });
  });

  it('refuses more votes than full members present, and says probationary members do not vote', () => {
    const vote = evaluateVote({ for: 7, against: 0, abstain: 0 }, cell);
    expect(vote.ok).toBe(false);
    if (!vote.ok) expect(vote.reason).toMatch(/Đảng viên dự bị \(2 đồng chí có mặt\) không biểu quyết/);
  });

  it('counts exempt members in the basis only when the rule says so', () => {
    expect(evaluateVote({ for: 3, against: 0, abstain: 0 }, cell, { basis: 'full', numerator: 1, denominator: 2, strictlyMore: true }))
      .toMatchObject({ basis: 6, required: 4, passed: false });
    expect(evaluateVote({ for: 3, against: 2, abstain: 0 }, cell, { basis: 'full_present', numerator: 1, denominator: 2, strictlyMore: true }))
      .toMatchObject({ basis: 5, required: 3, passed: true });
  });
});

describe('document numbers', () => {
  it('run from 01 per type within a term', () => {
    const issued = [
      { typeCode: 'NQ' as const, termStartYear: 2020, no: 7 },
      { typeCode: 'NQ' as const, termStartYear: 2025, no: 1 },
      { typeCode: 'KH' as const, termStartYear: 2025, no: 4 },
    ];
    expect(nextDocumentNumber(issued, 'NQ', 2025)).toBe(2);
    expect(nextDocumentNumber(issued, 'BC', 2025)).toBe(1);
    expect(nextDocumentNumber(issued, 'NQ', 2030)).toBe(1);
    expect(formatDocumentNumber(2, 'NQ')).toBe('Số 02-NQ/CB');
    expect(formatDocumentNumber(null, 'KH')).toBe('Số     -KH/CB');
  });
});
