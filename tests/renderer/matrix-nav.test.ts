// Keyboard navigation of the self-review matrix and the speaker countdown arithmetic.
import { describe, expect, it } from 'vitest';
import { isNavKey, levelForKey, move, nextEmpty } from '../../src-renderer/features/live/tu-soi/matrix-nav';
import { clockOffsetMs, formatCountdown, remainingAt } from '../../src-renderer/features/live/gop-y/countdown';

const dims = { rows: 3, cols: 4 };

describe('matrix moves', () => {
  it('moves with arrows and stops at the edges', () => {
    expect(move({ row: 1, col: 1 }, 'ArrowUp', dims)).toEqual({ row: 0, col: 1 });
    expect(move({ row: 0, col: 1 }, 'ArrowUp', dims)).toEqual({ row: 0, col: 1 });
    expect(move({ row: 2, col: 1 }, 'ArrowDown', dims)).toEqual({ row: 2, col: 1 });
    expect(move({ row: 1, col: 0 }, 'ArrowLeft', dims)).toEqual({ row: 1, col: 0 });
    expect(move({ row: 1, col: 3 }, 'ArrowRight', dims)).toEqual({ row: 1, col: 3 });
    expect(move({ row: 1, col: 2 }, 'ArrowRight', dims)).toEqual({ row: 1, col: 3 });
  });

  it('goes to the row ends with Home/End and the corners with Ctrl', () => {
    expect(move({ row: 1, col: 2 }, 'Home', dims)).toEqual({ row: 1, col: 0 });
    expect(move({ row: 1, col: 2 }, 'End', dims)).toEqual({ row: 1, col: 3 });
    expect(move({ row: 1, col: 2 }, 'Home', dims, { ctrl: true })).toEqual({ row: 0, col: 0 });
    expect(move({ row: 1, col: 2 }, 'End', dims, { ctrl: true })).toEqual({ row: 2, col: 3 });
  });

  it('pages by rows and clamps', () => {
    const big = { rows: 60, cols: 27 };
    expect(move({ row: 5, col: 3 }, 'PageDown', big, { pageSize: 10 })).toEqual({ row: 15, col: 3 });
    expect(move({ row: 55, col: 3 }, 'PageDown', big, { pageSize: 10 })).toEqual({ row: 59, col: 3 });
    expect(move({ row: 5, col: 3 }, 'PageUp', big, { pageSize: 10 })).toEqual({ row: 0, col: 3 });
  });

  it('brings an out-of-range position back inside (rows removed under the cursor)', () => {
    expect(move({ row: 9, col: 9 }, 'ArrowLeft', dims)).toEqual({ row: 2, col: 2 });
    expect(move({ row: 0, col: 0 }, 'ArrowDown', { rows: 0, cols: 0 })).toEqual({ row: 0, col: 0 });
  });

  it('knows its keys', () => {
    expect(isNavKey('ArrowDown')).toBe(true);
    expect(isNavKey('Tab')).toBe(false);
  });
});

describe('next empty cell', () => {
  it('searches along the row, then the next rows', () => {
    const isEmpty = (r: number, c: number) => (r === 0 && c === 3) || (r === 2 && c === 0);
    expect(nextEmpty({ row: 0, col: 0 }, dims, isEmpty)).toEqual({ row: 0, col: 3 });
    expect(nextEmpty({ row: 0, col: 3 }, dims, isEmpty)).toEqual({ row: 2, col: 0 });
  });

  it('wraps from the last cell to the first, and backwards', () => {
    const isEmpty = (r: number, c: number) => r === 0 && c === 1;
    expect(nextEmpty({ row: 2, col: 3 }, dims, isEmpty)).toEqual({ row: 0, col: 1 });
    expect(nextEmpty({ row: 0, col: 0 }, dims, isEmpty, true)).toEqual({ row: 0, col: 1 });
    const two = (r: number, c: number) => (r === 0 && c === 1) || (r === 2 && c === 2);
    expect(nextEmpty({ row: 1, col: 0 }, dims, two, true)).toEqual({ row: 0, col: 1 });
    expect(nextEmpty({ row: 0, col: 0 }, dims, two, true)).toEqual({ row: 2, col: 2 });
  });

  it('answers the current cell last, and null when nothing is empty', () => {
    expect(nextEmpty({ row: 1, col: 1 }, dims, (r, c) => r === 1 && c === 1)).toEqual({ row: 1, col: 1 });
    expect(nextEmpty({ row: 1, col: 1 }, dims, () => false)).toBeNull();
    expect(nextEmpty({ row: 0, col: 0 }, { rows: 0, cols: 27 }, () => true)).toBeNull();
  });

  it('is fast enough on a 60 × 27 grid', () => {
    const big = { rows: 60, cols: 27 };
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) nextEmpty({ row: 30, col: 13 }, big, (r, c) => r === 29 && c === 12);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('scale keys', () => {
  it('maps 1..n to levels of the scale and nothing else', () => {
    expect(levelForKey('1', 3)).toBe(0);
    expect(levelForKey('3', 3)).toBe(2);
    expect(levelForKey('4', 3)).toBeNull();
    expect(levelForKey('0', 3)).toBeNull();
    expect(levelForKey('a', 3)).toBeNull();
    expect(levelForKey('12', 30)).toBeNull();
  });
});

describe('countdown', () => {
  const start = '2026-03-05T01:00:00.000Z';
  const startMs = Date.parse(start);

  it('stands still while stopped', () => {
    expect(remainingAt({ durationMs: 180_000, startedAt: null, remainingMs: 65_000 }, startMs + 999_999, 0)).toBe(65_000);
  });

  it('runs from when it was started, in server time', () => {
    const timer = { durationMs: 180_000, startedAt: start, remainingMs: 180_000 };
    expect(remainingAt(timer, startMs + 30_000, 0)).toBe(150_000);
    // This machine's clock is 5 s behind the server: local 25 s after start is server 30 s.
    const offset = clockOffsetMs('2026-03-05T01:00:10.000Z', startMs + 5_000);
    expect(offset).toBe(5_000);
    expect(remainingAt(timer, startMs + 25_000, offset)).toBe(150_000);
    expect(remainingAt(timer, startMs + 200_000, 0)).toBe(-20_000);
  });

  it('formats minutes and seconds, overrun with a minus sign', () => {
    expect(formatCountdown(180_000)).toBe('3:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-999)).toBe('0:00');
    expect(formatCountdown(-12_500)).toBe('−0:12');
    expect(formatCountdown(-75_000)).toBe('−1:15');
  });

  it('ignores an unreadable server time', () => {
    expect(clockOffsetMs('not a date', 123)).toBe(0);
  });
});
