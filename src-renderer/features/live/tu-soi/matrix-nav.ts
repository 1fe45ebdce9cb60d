// Keyboard navigation of the self-review matrix (subjects × focus indicators), as pure functions:
// the grid component only maps keys to these and moves its roving tabindex.

export interface Pos {
  row: number;
  col: number;
}

export interface Dims {
  rows: number;
  cols: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** Keys the grid handles when no cell is being edited (WAI-ARIA grid pattern). */
export const NAV_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'] as const;
export type NavKey = (typeof NAV_KEYS)[number];

export const isNavKey = (key: string): key is NavKey => (NAV_KEYS as readonly string[]).includes(key);

/**
 * Where a navigation key leads from `pos`. Arrows stop at the edges (no wrap, as the ARIA grid
 * pattern says); Home/End go to the row's ends, or with Ctrl to the grid's corners; PageUp/PageDown
 * move by `pageSize` rows.
 */
export function move(pos: Pos, key: NavKey, dims: Dims, opts: { ctrl?: boolean; pageSize?: number } = {}): Pos {
  if (dims.rows <= 0 || dims.cols <= 0) return { row: 0, col: 0 };
  const lastRow = dims.rows - 1;
  const lastCol = dims.cols - 1;
  const page = Math.max(1, opts.pageSize ?? 10);
  const row = clamp(pos.row, 0, lastRow);
  const col = clamp(pos.col, 0, lastCol);
  switch (key) {
    case 'ArrowUp':
      return { row: Math.max(0, row - 1), col };
    case 'ArrowDown':
      return { row: Math.min(lastRow, row + 1), col };
    case 'ArrowLeft':
      return { row, col: Math.max(0, col - 1) };
    case 'ArrowRight':
      return { row, col: Math.min(lastCol, col + 1) };
    case 'Home':
      return opts.ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return opts.ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageUp':
      return { row: Math.max(0, row - page), col };
    case 'PageDown':
      return { row: Math.min(lastRow, row + page), col };
  }
}

/**
 * The next empty cell after `pos` in reading order (along the row, then the next rows), wrapping
 * from the last cell to the first; `backward` searches the other way. `pos` itself is checked
 * last, so a grid whose only empty cell is the current one answers that cell. Null when the grid
 * has no empty cell.
 */
export function nextEmpty(pos: Pos, dims: Dims, isEmpty: (row: number, col: number) => boolean, backward = false): Pos | null {
  const total = dims.rows * dims.cols;
  if (total <= 0) return null;
  const start = clamp(pos.row, 0, dims.rows - 1) * dims.cols + clamp(pos.col, 0, dims.cols - 1);
  const step = backward ? -1 : 1;
  for (let i = 1; i <= total; i++) {
    const index = (((start + step * i) % total) + total) % total;
    const row = Math.floor(index / dims.cols);
    const col = index % dims.cols;
    if (isEmpty(row, col)) return { row, col };
  }
  return null;
}

/** A digit key "1".."9" → the scale level's index (0-based), when the scale has that many levels. */
export function levelForKey(key: string, levels: number): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  const index = Number(key) - 1;
  return index < levels ? index : null;
}

/** Stable id of a grid cell (for aria-activedescendant-free roving focus and tests). */
export const cellId = (gridId: string, pos: Pos) => `${gridId}-r${pos.row}-c${pos.col}`;
