// Which rows of the matrix are in the DOM. A 60-member grid has 1 620 cells; the browser paints,
// layerizes and commits all of them on every frame, visible or not, so typing in one cell cost a
// frame of 20–60 ms. Only the rows in the scroller's view (plus a margin) are rendered; spacer rows
// keep the scrollbar and the positions true. The active row is always rendered, in its place, so
// focus can move to it and the browser scrolls it into view.

export interface RowWindowInput {
  /** The scroller's scrollTop and clientHeight, in px. */
  scrollTop: number;
  viewportHeight: number;
  /** Height of the table's head (sticky column headers) above the first row. */
  headHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Rows rendered beyond each edge of the view, so a short scroll never shows a blank. */
  overscan: number;
}

/** The first and last row (inclusive) in view, widened by the overscan and clamped. */
export function rowsInView({ scrollTop, viewportHeight, headHeight, rowHeight, rowCount, overscan }: RowWindowInput): { first: number; last: number } {
  if (rowCount <= 0) return { first: 0, last: -1 };
  const height = Math.max(1, rowHeight);
  const top = Math.max(0, scrollTop - headHeight);
  const bottom = Math.max(0, scrollTop + viewportHeight - headHeight);
  const last = Math.min(rowCount - 1, Math.ceil(bottom / height) + overscan);
  // Past the end (a stale scrollTop while rows were removed): still a full window of the last rows.
  const fullWindow = Math.ceil(viewportHeight / height) + 2 * overscan;
  const first = Math.max(0, Math.min(Math.floor(top / height) - overscan, last - fullWindow));
  return { first, last };
}

export type RowSegment = { kind: 'rows'; from: number; to: number } | { kind: 'gap'; from: number; to: number };

/**
 * The table body as runs of rendered rows and gaps (spacers), from row 0 to the last: the window
 * in view, plus any extra rows (the active one) wherever they fall.
 */
export function rowSegments(rowCount: number, window: { first: number; last: number }, extra: readonly number[] = []): RowSegment[] {
  if (rowCount <= 0) return [];
  const wanted = new Set<number>();
  for (let r = Math.max(0, window.first); r <= Math.min(rowCount - 1, window.last); r++) wanted.add(r);
  for (const r of extra) if (r >= 0 && r < rowCount) wanted.add(r);
  const segments: RowSegment[] = [];
  let r = 0;
  while (r < rowCount) {
    const rendered = wanted.has(r);
    const from = r;
    while (r < rowCount && wanted.has(r) === rendered) r++;
    segments.push({ kind: rendered ? 'rows' : 'gap', from, to: r - 1 });
  }
  return segments;
}
