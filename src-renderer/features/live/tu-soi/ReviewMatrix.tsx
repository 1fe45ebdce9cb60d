// "Bảng tổng hợp": the subject × focus-indicator matrix as an ARIA grid a fast typist fills with the
// keyboard alone. Arrows move, 1..n choose the level, Enter opens the in-cell editor, Esc leaves it
// (saving), Tab jumps to the next empty cell. Only the rows in the scroller's view are rendered
// (row-window.ts), rows are memoized on a signature of their cells, and the editor keeps its state
// to itself, so a keystroke repaints one cell, never the grid.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Alert, Group, Stack, Text } from '@mantine/core';
import type { Indicator } from '../../../api/types';
import type { LiveState, ScaleLevel, SelfReview } from '../../../../src-main/contract/live';
import { isApiError } from '../../../api';
import { t } from '../../../i18n';
import { autosaveRegistry } from '../autosave';
import { errorText } from '../gop-y/error-text';
import { useLiveAction } from '../useLive';
import { cellId, isNavKey, levelForKey, move, nextEmpty, type Pos } from './matrix-nav';
import { MatrixCellEditor } from './MatrixCellEditor';
import { rowSegments, rowsInView, type RowSegment } from './row-window';
import { levelLabel, levelTone, membersById, reviewKey, reviewsByKey, selfReviewSaveKey, subjectName, COLLECTIVE } from './subjects';
import classes from './ReviewMatrix.module.css';

const GRID_ID = 'sr-matrix';
/** Column widths (px) of the fixed table layout; the CSS module uses the same numbers. */
const CORNER_WIDTH = 230;
const CELL_WIDTH = 42;
/** Rows rendered beyond each edge of the scroller's view. */
const OVERSCAN = 3;
/** Rows rendered before the scroller has been measured (enough for a tall window). */
const FIRST_WINDOW = 24;

interface CellView {
  assessment: string | null;
  hasText: boolean;
  pending: boolean;
}

interface Override {
  assessment: string | null;
  /** The version our save answered; the override goes once the snapshot has reached it. */
  savedVersion: number | null;
}

interface RowProps {
  row: number;
  name: string;
  absent: boolean;
  cells: CellView[];
  /** Joins what the cells show: the row repaints only when it changes. */
  sig: string;
  indicators: readonly Indicator[];
  groupStarts: ReadonlySet<number>;
  levelIndex: ReadonlyMap<string, { n: number; tone: string; label: string }>;
  /** The active column when this row holds the active cell, else -1. */
  activeCol: number;
  editor: ReactNode;
  editorUp: boolean;
}

function MatrixRowImpl({ row, name, absent, cells, indicators, groupStarts, levelIndex, activeCol, editor, editorUp }: RowProps) {
  const m = t.speech.matrix;
  return (
    <tr role="row" aria-rowindex={row + 3} data-row={row}>
      <th role="rowheader" scope="row" className={classes.rowHead} data-active={activeCol >= 0 || undefined} data-absent={absent || undefined} title={name}>
        {name}
        {absent && <span className={classes.absent}> · {t.speech.matrix.absent}</span>}
      </th>
      {cells.map((c, col) => {
        const level = c.assessment === null ? undefined : levelIndex.get(c.assessment);
        const active = col === activeCol;
        const no = indicators[col].no;
        return (
          <td
            key={no}
            role="gridcell"
            id={cellId(GRID_ID, { row, col })}
            className={classes.cell}
            tabIndex={active ? 0 : -1}
            aria-selected={active}
            aria-label={m.cellLabel(name, no, level?.label ?? (c.assessment === null ? null : c.assessment), c.hasText)}
            data-r={row}
            data-c={col}
            data-active={active || undefined}
            data-pending={c.pending || undefined}
            data-group-start={groupStarts.has(col) || undefined}
          >
            <div
              className={classes.chip}
              data-empty={c.assessment === null || undefined}
              data-tone={level?.tone ?? (c.assessment === null ? undefined : 'gray')}
              data-text={c.hasText || undefined}
              aria-hidden="true"
            >
              {level ? level.n : ''}
            </div>
            {active && editor && <EditorBox up={editorUp}>{editor}</EditorBox>}
          </td>
        );
      })}
    </tr>
  );
}

/** The editor's floating box: kept inside the scroller's visible width and brought into view. */
function EditorBox({ up, children }: { up: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    const scroller = box?.closest<HTMLElement>(`.${classes.scroller}`);
    if (!box || !scroller) return;
    const area = scroller.getBoundingClientRect();
    const rect = box.getBoundingClientRect();
    let shift = 0;
    if (rect.right > area.right - 8) shift = area.right - 8 - rect.right;
    if (rect.left + shift < area.left + 8) shift = area.left + 8 - rect.left;
    box.style.transform = shift === 0 ? '' : `translateX(${Math.round(shift)}px)`;
    box.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, []);
  return (
    <div ref={ref} className={classes.editor} data-up={up || undefined}>
      {children}
    </div>
  );
}

interface NameView {
  subject: string;
  name: string;
  absent: boolean;
}

/**
 * The members' names kept in view while the grid scrolls sideways: one sticky column drawn over
 * the rows' own header cells (which stay in the rows for assistive tech, hence aria-hidden here).
 * One sticky element instead of one per row: each sticky cell was a compositor layer of its own,
 * and 30 of them made every frame of typing in a cell about 4 ms longer.
 */
function NameColumnImpl({ segments, rows, activeRow }: { segments: readonly RowSegment[]; rows: readonly NameView[]; activeRow: number }) {
  return (
    <div className={classes.names} aria-hidden="true">
      {segments.flatMap((segment) =>
        segment.kind === 'gap'
          ? [<div key={`gap-${segment.from}`} style={{ height: `calc(var(--mx-row) * ${segment.to - segment.from + 1})` }} />]
          : rows.slice(segment.from, segment.to + 1).map((r, i) => (
              <div key={r.subject} className={classes.name} data-active={segment.from + i === activeRow || undefined} data-absent={r.absent || undefined} title={r.name}>
                {r.name}
                {r.absent && <span className={classes.absent}> · {t.speech.matrix.absent}</span>}
              </div>
            )),
      )}
    </div>
  );
}

const NameColumn = memo(NameColumnImpl);

const MatrixRow = memo(
  MatrixRowImpl,
  (a, b) =>
    a.sig === b.sig &&
    a.row === b.row &&
    a.name === b.name &&
    a.absent === b.absent &&
    a.activeCol === b.activeCol &&
    a.editor === b.editor &&
    a.editorUp === b.editorUp &&
    a.indicators === b.indicators &&
    a.levelIndex === b.levelIndex &&
    a.groupStarts === b.groupStarts,
);

export interface ReviewMatrixProps {
  state: LiveState;
  forumId: string;
  readOnly: boolean;
}

/** Keeps an object stable while its JSON does not change (snapshots are new on every refetch). */
function useStable<T>(value: T): T {
  const ref = useRef<{ json: string; value: T } | null>(null);
  const json = JSON.stringify(value);
  if (ref.current === null || ref.current.json !== json) ref.current = { json, value };
  return ref.current.value;
}

/** Performance marks the benchmark reads: the matrix's first render, from start to DOM in place. */
export const MATRIX_MARKS = { start: 'tusoi:matrix-render-start', mounted: 'tusoi:matrix-mounted' } as const;

export function ReviewMatrix({ state, forumId, readOnly }: ReviewMatrixProps) {
  const m = t.speech.matrix;
  const marked = useRef(false);
  if (!marked.current && typeof performance !== 'undefined') {
    marked.current = true;
    performance.mark(MATRIX_MARKS.start);
  }
  useLayoutEffect(() => {
    performance.mark(MATRIX_MARKS.mounted);
    performance.measure('tusoi:matrix-first-render', MATRIX_MARKS.start, MATRIX_MARKS.mounted);
  }, []);
  const action = useLiveAction(forumId);
  const rows = useStable(state.reviewOrder);
  const indicators = useStable(state.indicators);
  const scale = useStable(state.scale);
  const members = useMemo(() => membersById(state.members), [state.members]);
  const reviews = useMemo(() => reviewsByKey(state.selfReviews), [state.selfReviews]);
  const reviewsRef = useRef(reviews);
  useEffect(() => {
    reviewsRef.current = reviews;
  }, [reviews]);
  const dims = useMemo(() => ({ rows: rows.length, cols: indicators.length }), [rows.length, indicators.length]);

  // The rows in the scroller's view (see row-window.ts): measured once laid out, then on scroll and
  // resize; a re-render happens only when the window's first or last row changes.
  const scrollerRef = useRef<HTMLDivElement>(null);
  const metrics = useRef({ headHeight: 66, rowHeight: 38 });
  const [rowWindow, setRowWindow] = useState(() => ({ first: 0, last: Math.min(rows.length, FIRST_WINDOW) - 1 }));
  const updateRowWindow = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const next = rowsInView({ scrollTop: scroller.scrollTop, viewportHeight: scroller.clientHeight, ...metrics.current, rowCount: rows.length, overscan: OVERSCAN });
    setRowWindow((w) => (w.first === next.first && w.last === next.last ? w : next));
  }, [rows.length]);
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    // The name column and the spacer rows take the head's and a row's height from these variables.
    const measure = () => {
      const head = scroller.querySelector('thead');
      const row = scroller.querySelector('tbody tr[data-row]');
      const corner = head?.querySelector('th');
      if (corner) scroller.style.setProperty('--mx-names', `${corner.getBoundingClientRect().width}px`);
      if (head) metrics.current.headHeight = head.getBoundingClientRect().height;
      if (row) metrics.current.rowHeight = row.getBoundingClientRect().height || metrics.current.rowHeight;
      scroller.style.setProperty('--mx-head', `${metrics.current.headHeight}px`);
      scroller.style.setProperty('--mx-row', `${metrics.current.rowHeight}px`);
    };
    measure();
    updateRowWindow();
    const observer = new ResizeObserver(() => {
      measure();
      updateRowWindow();
    });
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [updateRowWindow]);

  const levelIndex = useMemo(
    () => new Map(scale.map((l, i) => [l.code, { n: i + 1, tone: levelTone(scale, l.code)?.color ?? 'gray', label: l.label }])),
    [scale],
  );
  const groupStarts = useMemo(
    () => new Set(indicators.flatMap((ind, i) => (i > 0 && indicators[i - 1].groupCode !== ind.groupCode ? [i] : []))),
    [indicators],
  );
  const groupSpans = useMemo(() => {
    const spans: { code: string; title: string; count: number }[] = [];
    for (const ind of indicators) {
      const last = spans[spans.length - 1];
      if (last && last.code === ind.groupCode) last.count++;
      else spans.push({ code: ind.groupCode, title: state.groups.find((g) => g.code === ind.groupCode)?.title ?? ind.groupCode, count: 1 });
    }
    return spans;
  }, [indicators, state.groups]);

  // Levels chosen with a digit key, shown at once until the snapshot catches up.
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Override>>(new Map());
  const liveOverrides = useMemo(() => {
    let changed = false;
    const next = new Map<string, Override>();
    for (const [k, o] of overrides) {
      const stored = reviews.get(k);
      if (o.savedVersion !== null && stored && stored.version >= o.savedVersion) changed = true;
      else next.set(k, o);
    }
    return changed ? next : overrides;
  }, [overrides, reviews]);

  const shownAssessment = useCallback(
    (key: string): string | null => {
      const o = liveOverrides.get(key);
      return o ? o.assessment : (reviews.get(key)?.assessment ?? null);
    },
    [liveOverrides, reviews],
  );
  const shownRef = useRef(shownAssessment);
  useEffect(() => {
    shownRef.current = shownAssessment;
  }, [shownAssessment]);

  const [pos, setPos] = useState<Pos>(() => {
    const first = nextEmpty({ row: dims.rows - 1, col: dims.cols - 1 }, dims, (r, c) => {
      const review = reviews.get(reviewKey(rows[r], indicators[c].no));
      return !review || review.assessment === null;
    });
    return first ?? { row: 0, col: 0 };
  });
  const active: Pos = { row: Math.min(pos.row, Math.max(0, dims.rows - 1)), col: Math.min(pos.col, Math.max(0, dims.cols - 1)) };
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ text: string; color: string } | null>(null);
  // The cell the keyboard moved to, focused once it is rendered. The wish names its cell rather than
  // reading `active` at effect time: a render of another update (a save's answer, a refetched
  // snapshot) may commit between the key and the move, and must not take the wish with the old cell.
  const focusWanted = useRef<Pos | 'active' | null>(null);
  const leaving = useRef(false);

  useEffect(() => {
    const wish = focusWanted.current;
    if (wish === null) return;
    const el = document.getElementById(cellId(GRID_ID, wish === 'active' ? active : wish));
    if (!el) return; // not rendered yet (out of the row window): the next render tries again
    focusWanted.current = null;
    el.focus();
  });

  const isEmpty = (r: number, c: number) => shownAssessment(reviewKey(rows[r], indicators[c].no)) === null;

  const goTo = (next: Pos) => {
    focusWanted.current = next;
    setPos(next);
  };

  const quickSave = (row: number, col: number, assessment: string | null) => {
    const subject = rows[row];
    const no = indicators[col].no;
    const key = reviewKey(subject, no);
    const saveKey = selfReviewSaveKey(subject, no);
    const before = shownRef.current(key);
    if (before === assessment) return;
    setOverrides((o) => new Map(o).set(key, { assessment, savedVersion: null }));
    setMessage(null);
    const send = (baseVersion: number) => action('live.saveSelfReview', { forumId, subject, indicatorNo: no, baseVersion, assessment });
    autosaveRegistry
      .run(saveKey, async () => {
        try {
          return await send(autosaveRegistry.known(saveKey, reviewsRef.current.get(key)?.version ?? 0));
        } catch (e) {
          // The record moved but its level is still what this screen showed: save again on top.
          const current = isApiError(e) && e.code === 'CONFLICT' ? (e.current as SelfReview | undefined) : undefined;
          if (current && typeof current.version === 'number' && current.assessment === before) return send(current.version);
          throw e;
        }
      })
      .then((saved) => {
        autosaveRegistry.note(saveKey, saved.version);
        setOverrides((o) => {
          const mine = o.get(key);
          if (!mine || mine.assessment !== assessment) return o;
          return new Map(o).set(key, { assessment, savedVersion: saved.version });
        });
      })
      .catch((e: unknown) => {
        setOverrides((o) => {
          const next = new Map(o);
          next.delete(key);
          return next;
        });
        const conflict = isApiError(e) && e.code === 'CONFLICT';
        setMessage({
          color: conflict ? 'orange' : 'red',
          text: conflict ? m.changedElsewhere : `${m.saveFailed} ${errorText(e)}`,
        });
      });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing || dims.rows === 0 || dims.cols === 0) return;
    const target = e.target as HTMLElement;
    if (target.getAttribute('role') !== 'gridcell') return;
    if (e.key === 'Tab') {
      if (leaving.current) {
        leaving.current = false;
        return; // the browser's own Tab leaves the grid
      }
      const next = nextEmpty(active, dims, isEmpty, e.shiftKey);
      if (next === null) {
        setMessage({ color: 'green', text: m.noEmpty });
        return;
      }
      e.preventDefault();
      goTo(next);
      return;
    }
    leaving.current = e.key === 'Escape';
    if (e.ctrlKey && (e.key === 'Home' || e.key === 'End')) {
      e.preventDefault();
      goTo(move(active, e.key, dims, { ctrl: true }));
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (isNavKey(e.key)) {
      e.preventDefault();
      goTo(move(active, e.key, dims, { pageSize: 10 }));
      return;
    }
    if (readOnly) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setEditing(true);
      return;
    }
    const level = levelForKey(e.key, scale.length);
    if (level !== null) {
      e.preventDefault();
      quickSave(active.row, active.col, scale[level].code);
      return;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      quickSave(active.row, active.col, null);
    }
  };

  const cellOf = (e: MouseEvent): Pos | null => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('td[data-r]');
    if (!td || td.querySelector(`.${classes.editor}`)?.contains(e.target as Node)) return null;
    return { row: Number(td.dataset.r), col: Number(td.dataset.c) };
  };
  const onClick = (e: MouseEvent) => {
    const p = cellOf(e);
    if (!p) return;
    if (editing && (p.row !== active.row || p.col !== active.col)) setEditing(false);
    goTo(p);
  };
  const onDoubleClick = (e: MouseEvent) => {
    const p = cellOf(e);
    if (!p || readOnly) return;
    setPos(p);
    setEditing(true);
  };

  const isEmptyRef = useRef(isEmpty);
  useEffect(() => {
    isEmptyRef.current = isEmpty;
  });

  const onLeaveEditor = useCallback(
    (how: 'esc' | 'tab' | 'shiftTab' | 'blur') => {
      setEditing(false);
      if (how === 'blur') return;
      focusWanted.current = 'active';
      if (how === 'esc') return;
      setPos((p) => {
        // Tab from the editor goes on to another empty cell (the one just left is never the answer).
        const found = nextEmpty(p, dims, (r, c) => (r === p.row && c === p.col ? false : isEmptyRef.current(r, c)), how === 'shiftTab') ?? p;
        focusWanted.current = found;
        return found;
      });
    },
    [dims],
  );

  const activeSubject = rows[active.row];
  const activeIndicator = indicators[active.col];
  const activeName = activeSubject === undefined ? '' : subjectName(activeSubject, members);
  const activeReview = activeSubject && activeIndicator ? reviews.get(reviewKey(activeSubject, activeIndicator.no)) : undefined;

  const editor =
    editing && activeSubject !== undefined && activeIndicator ? (
      <MatrixCellEditor
        key={`${activeSubject}:${activeIndicator.no}`}
        forumId={forumId}
        subject={activeSubject}
        subjectName={activeName}
        indicatorNo={activeIndicator.no}
        review={activeReview}
        scale={scale}
        onLeave={onLeaveEditor}
      />
    ) : null;

  // What every cell shows; independent of the cursor, so moving it recomputes nothing here.
  const { rowViews, emptyCount } = useMemo(() => {
    let empty = 0;
    const views = rows.map((subject) => {
      const cells: CellView[] = indicators.map((ind) => {
        const key = reviewKey(subject, ind.no);
        const review = reviews.get(key);
        const o = liveOverrides.get(key);
        const assessment = o ? o.assessment : (review?.assessment ?? null);
        if (assessment === null) empty++;
        return { assessment, hasText: (review?.statement ?? '') !== '', pending: o !== undefined && o.savedVersion === null };
      });
      const sig = cells.map((c) => `${c.assessment ?? '-'}${c.hasText ? '*' : ''}${c.pending ? '~' : ''}`).join(',');
      const member = subject === COLLECTIVE ? undefined : members.get(subject);
      return {
        subject,
        cells,
        sig,
        name: subjectName(subject, members),
        absent: member !== undefined && member.presence !== null && member.presence !== 'present',
      };
    });
    return { rowViews: views, emptyCount: empty };
  }, [rows, indicators, reviews, liveOverrides, members]);
  const total = dims.rows * dims.cols;
  const segments = useMemo(() => rowSegments(rows.length, rowWindow, [active.row]), [rows.length, rowWindow, active.row]);

  if (rows.length === 0 || indicators.length === 0) {
    return <Text>{indicators.length === 0 ? t.speech.review.noIndicators : m.noRows}</Text>;
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center" gap="sm" wrap="nowrap">
        <Legend scale={scale} levelIndex={levelIndex} />
        <Text fw={700} c={emptyCount === 0 ? 'var(--mantine-color-green-text)' : undefined} aria-live="polite" style={{ flexShrink: 0 }}>
          {m.emptyCount(emptyCount, total)}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" id="sr-matrix-keys">
        {m.keysFor(scale.length)}
      </Text>
      {activeIndicator && (
        <Text lh={1.4} data-matrix-current lineClamp={2} title={activeIndicator.text} fz="1.125rem">
          <Text span fw={700} inherit>
            {m.current(activeName, activeIndicator.no)}:
          </Text>{' '}
          {activeIndicator.text}
        </Text>
      )}
      {message && (
        <Alert color={message.color} variant="light" role={message.color === 'green' ? 'status' : 'alert'} withCloseButton closeButtonLabel={t.common.close} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
      <div ref={scrollerRef} className={classes.scroller} data-editing={editing || undefined} onScroll={updateRowWindow}>
        <div className={classes.stack}>
        <table
          role="grid"
          aria-label={m.gridLabel}
          aria-describedby="sr-matrix-keys"
          aria-rowcount={rows.length + 2}
          aria-colcount={indicators.length + 1}
          aria-readonly={readOnly || undefined}
          className={classes.table}
          style={{ width: CORNER_WIDTH + CELL_WIDTH * indicators.length }}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onDoubleClick={onDoubleClick}
          data-editing={editing || undefined}
        >
          <thead>
            <tr role="row" aria-rowindex={1}>
              <th role="columnheader" className={classes.corner} rowSpan={2} scope="col" style={{ width: CORNER_WIDTH }}>
                {m.subjectCol}
              </th>
              {groupSpans.map((g, i) => {
                // "Nhóm II. Suy thoái về đạo đức, lối sống" where the columns leave room (about 6
                // characters each), else "Nhóm I" (a bare "I" read as a stray letter), else the code.
                const full = t.focus.groupTitle(g.code, g.title);
                const label = full.length <= g.count * 6 ? full : g.count >= 2 ? m.groupShort(g.code) : g.code;
                return (
                  <th key={g.code} role="columnheader" colSpan={g.count} className={classes.groupHead} style={i === 0 ? { borderLeft: 0 } : undefined} title={full}>
                    {label}
                  </th>
                );
              })}
            </tr>
            <tr role="row" aria-rowindex={2}>
              {indicators.map((ind, col) => (
                <th
                  key={ind.no}
                  role="columnheader"
                  scope="col"
                  className={classes.colHead}
                  title={`${m.indicatorCol(ind.no)}: ${ind.text}`}
                  aria-label={m.indicatorCol(ind.no)}
                  data-active={col === active.col || undefined}
                  data-group-start={groupStarts.has(col) || undefined}
                >
                  {ind.no}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {/* One flat keyed list: a row moving from the "extra" run into the window keeps its DOM (and the focus). */}
            {segments.flatMap((segment) =>
              segment.kind === 'gap'
                ? [
                    <tr key={`gap-${segment.from}`} role="presentation" aria-hidden="true" className={classes.spacer} style={{ height: `calc(var(--mx-row) * ${segment.to - segment.from + 1})` }}>
                      <td colSpan={indicators.length + 1} />
                    </tr>,
                  ]
                : rowViews.slice(segment.from, segment.to + 1).map((r, i) => {
                    const row = segment.from + i;
                    const isActive = row === active.row;
                    return (
                      <MatrixRow
                        key={r.subject}
                        row={row}
                        name={r.name}
                        absent={r.absent}
                        cells={r.cells}
                        sig={r.sig}
                        indicators={indicators}
                        groupStarts={groupStarts}
                        levelIndex={levelIndex}
                        activeCol={isActive ? active.col : -1}
                        editor={isActive ? editor : null}
                        editorUp={row >= 4 && row >= rows.length - 4}
                      />
                    );
                  }),
            )}
          </tbody>
        </table>
        <NameColumn segments={segments} rows={rowViews} activeRow={active.row} />
        </div>
      </div>
    </Stack>
  );
}

function Legend({ scale, levelIndex }: { scale: readonly ScaleLevel[]; levelIndex: ReadonlyMap<string, { n: number; tone: string }> }) {
  const m = t.speech.matrix;
  return (
    <Group gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={m.legendTitle}>
      {scale.map((l) => {
        const v = levelIndex.get(l.code);
        return (
          <li key={l.code} className={classes.legend}>
            <span className={classes.chip} data-tone={v?.tone} aria-hidden="true">
              {v?.n}
            </span>
            <span>{levelLabel(scale, l.code)}</span>
          </li>
        );
      })}
      <li className={classes.legend}>
        <span className={classes.chip} data-empty aria-hidden="true" />
        <span>{m.empty}</span>
      </li>
      <li className={classes.legend}>
        <span className={classes.chip} data-tone="gray" data-text aria-hidden="true" />
        <span>{m.hasStatement}</span>
      </li>
    </Group>
  );
}
