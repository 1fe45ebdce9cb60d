// Which rows of the self-review matrix are rendered: the scroller's view plus a margin, and the
// active row wherever it is, with the gaps between as spacer runs.
import { describe, expect, it } from 'vitest';
import { rowSegments, rowsInView } from '../../src-renderer/features/live/tu-soi/row-window';

const base = { headHeight: 66, rowHeight: 38, rowCount: 61, overscan: 6 };

describe('rows in view', () => {
  it('starts at the top and covers the viewport plus the overscan', () => {
    // 468 px of scroller: 66 px of head, then rows 0..10 (402 / 38 = 10.6) are at least partly visible.
    expect(rowsInView({ ...base, scrollTop: 0, viewportHeight: 468 })).toEqual({ first: 0, last: 17 });
  });

  it('follows the scroll position', () => {
    // scrollTop 1000: rows from (1000 - 66) / 38 = 24.6 to (1468 - 66) / 38 = 36.9 are visible.
    expect(rowsInView({ ...base, scrollTop: 1000, viewportHeight: 468 })).toEqual({ first: 18, last: 43 });
  });

  it('clamps at the end and handles tiny and empty tables', () => {
    // Past the end: the last 13 rows that fit, plus the overscan on both sides.
    expect(rowsInView({ ...base, scrollTop: 5000, viewportHeight: 468 })).toEqual({ first: 35, last: 60 });
    expect(rowsInView({ ...base, rowCount: 3, scrollTop: 0, viewportHeight: 468 })).toEqual({ first: 0, last: 2 });
    expect(rowsInView({ ...base, rowCount: 0, scrollTop: 0, viewportHeight: 468 })).toEqual({ first: 0, last: -1 });
  });
});

describe('row segments', () => {
  it('is one run of rows when everything is in the window', () => {
    expect(rowSegments(5, { first: 0, last: 4 })).toEqual([{ kind: 'rows', from: 0, to: 4 }]);
  });

  it('puts spacers around the window', () => {
    expect(rowSegments(61, { first: 18, last: 43 })).toEqual([
      { kind: 'gap', from: 0, to: 17 },
      { kind: 'rows', from: 18, to: 43 },
      { kind: 'gap', from: 44, to: 60 },
    ]);
  });

  it('renders the active row in its place, even far from the window', () => {
    expect(rowSegments(61, { first: 0, last: 17 }, [60])).toEqual([
      { kind: 'rows', from: 0, to: 17 },
      { kind: 'gap', from: 18, to: 59 },
      { kind: 'rows', from: 60, to: 60 },
    ]);
    expect(rowSegments(61, { first: 0, last: 17 }, [18])).toEqual([
      { kind: 'rows', from: 0, to: 18 },
      { kind: 'gap', from: 19, to: 60 },
    ]);
  });

  it('ignores extra rows out of range and gives nothing for an empty table', () => {
    expect(rowSegments(3, { first: 0, last: 2 }, [-1, 7])).toEqual([{ kind: 'rows', from: 0, to: 2 }]);
    expect(rowSegments(0, { first: 0, last: -1 })).toEqual([]);
  });
});
