// The report's charts in plain SVG and HTML (no chart library: the page stays small): self-identified
// and raised by indicator group, the action plans' completion as one stacked bar, and the heatmap of
// indicators × cells.
import { Group, Text } from '@mantine/core';
import type { ReportData } from '../../../src-main/contract/reports';
import { t } from '../../i18n';
import classes from './Reports.module.css';

const SELF = 'var(--mantine-color-orange-7)';
const RAISED = 'var(--mantine-color-blue-7)';

function Legend({ items }: { items: [string, string][] }) {
  return (
    <Group gap="md" mb="xs">
      {items.map(([label, colour]) => (
        <Group gap={6} key={label}>
          <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" rx="2" fill={colour} /></svg>
          <Text>{label}</Text>
        </Group>
      ))}
    </Group>
  );
}

/** Two bars per group (tự nhận, được góp ý), scaled to the largest count; HTML, so long names wrap. */
export function GroupChart({ groups }: { groups: ReportData['groups'] }) {
  const r = t.reports.report;
  const max = Math.max(1, ...groups.flatMap((g) => [g.selfIdentified, g.raised]));
  const bar = (value: number, colour: string, label: string) => (
    <div className={classes.barRow}>
      <div className={classes.barTrack}>
        <div className={classes.bar} style={{ width: `${(value / max) * 100}%`, background: colour }} />
      </div>
      <Text span className={classes.barValue} aria-label={`${label}: ${value}`}>{value.toLocaleString('vi-VN')}</Text>
    </div>
  );
  return (
    <div role="group" aria-label={r.groupsLabel} data-testid="group-chart">
      <Legend items={[[r.legendSelf, SELF], [r.legendRaised, RAISED]]} />
      {groups.map((g) => (
        <div key={g.code} className={classes.groupRow}>
          <Text fw={600}>{r.groupRow(g.code, g.title)}</Text>
          <Text c="dimmed">{r.focusForums(g.focusForums)}</Text>
          {bar(g.selfIdentified, SELF, r.legendSelf)}
          {bar(g.raised, RAISED, r.legendRaised)}
        </div>
      ))}
    </div>
  );
}

/** The items as one bar: done on time, done late, open within the deadline, overdue. */
export function ActionsBar({ actions }: { actions: ReportData['actions'] }) {
  const r = t.reports.report;
  const parts: [string, number, string][] = [
    [r.actionParts.completedOnTime, actions.completedOnTime, 'var(--mantine-color-green-8)'],
    [r.actionParts.completedLate, actions.completed - actions.completedOnTime, 'var(--mantine-color-teal-4)'],
    [r.actionParts.open, actions.open - actions.overdue, 'var(--mantine-color-gray-5)'],
    [r.actionParts.overdue, actions.overdue, 'var(--mantine-color-red-8)'],
  ];
  const width = 700;
  let x = 0;
  return (
    <div>
      <Legend items={parts.map(([label, count, colour]) => [`${label}: ${count.toLocaleString('vi-VN')}`, colour])} />
      <svg role="img" aria-label={r.actionsLabel} viewBox={`0 0 ${width} 32`} width="100%" style={{ maxWidth: 760 }}>
        {parts.map(([label, count, colour]) => {
          const w = actions.total === 0 ? 0 : (count / actions.total) * width;
          const rect = <rect key={label} x={x} y={0} width={w} height={32} fill={colour}><title>{`${label}: ${count}`}</title></rect>;
          x += w;
          return rect;
        })}
      </svg>
    </div>
  );
}

/** Indicators down, cells across; each square shaded by tự nhận + được góp ý, the exact counts on hover. */
export function Heatmap({ data }: { data: ReportData }) {
  const r = t.reports.report;
  const counts = new Map(data.heatmap.map((h) => [`${h.indicatorNo}|${h.cellId}`, h]));
  const max = Math.max(1, ...data.heatmap.map((h) => h.selfIdentified + h.raised));
  return (
    // Focusable so a keyboard can scroll it (200 cells are wider than any screen).
    <div className={classes.heatmapScroll} tabIndex={0} role="region" aria-label={r.heatmapLabel}>
      <table className={classes.heatmap} aria-label={r.heatmapLabel}>
        <thead>
          <tr>
            <th scope="col">{r.col.indicator}</th>
            {data.cells.map((c) => (
              <th scope="col" key={c.id} title={c.name}><span>{shortCellName(c.name)}</span></th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.indicators.map((i) => (
            <tr key={i.no}>
              <th scope="row" title={i.text}>({i.no})</th>
              {data.cells.map((c) => {
                const h = counts.get(`${i.no}|${c.id}`);
                const value = h ? h.selfIdentified + h.raised : 0;
                const share = value / max;
                return (
                  <td
                    key={c.id}
                    className={classes.heat}
                    style={{ background: value === 0 ? 'var(--mantine-color-default-hover)' : heatBackground(share) }}
                    data-dark={share > 0.55 || undefined}
                    title={r.heatCell(i.no, c.name, h?.selfIdentified ?? 0, h?.raised ?? 0)}
                  >
                    {value > 0 ? value : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Chi bộ Trường THPT Lê Lợi" → "Trường THPT Lê Lợi": the column is narrow; the full name is its tooltip. */
const shortCellName = (name: string) => name.replace(/^chi bộ\s+/iu, '');

/** White to deep red, the same scale as the XLSX heatmap. */
export function heatBackground(share: number): string {
  const s = Math.max(0, Math.min(1, share));
  const g = Math.round(235 - s * 170);
  return `rgb(${Math.round(250 - s * 60)}, ${g - Math.round(s * 30)}, ${g - Math.round(s * 30)})`;
}

/** A thin bar inside a table cell, scaled to the column's largest value. */
export function InlineBar({ value, max, colour }: { value: number; max: number; colour: 'self' | 'raised' }) {
  const w = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <Group gap={6} wrap="nowrap">
      <svg width="100" height="10" aria-hidden="true">
        <rect width="100" height="10" rx="2" fill="var(--mantine-color-default-hover)" />
        <rect width={w} height="10" rx="2" fill={colour === 'self' ? SELF : RAISED} />
      </svg>
      <Text span>{value.toLocaleString('vi-VN')}</Text>
    </Group>
  );
}
