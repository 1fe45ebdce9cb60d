// Báo cáo tổng hợp for the higher committee: a date range and a set of cells, then forums and
// attendance, the groups and indicators chosen and how often each was self-identified or raised
// (a chart by group, the heatmap indicators × cells, a table), the most frequent shortcomings, the
// action plans' completion and the overdue items; exports as DOCX (Party format) and XLSX.
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Group, MultiSelect, SimpleGrid, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import type { ReportData } from '../../../src-main/contract/reports';
import { useApiQuery } from '../../api';
import { ApiErrorView } from '../../components/ApiErrorView';
import { PageSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateLong, formatDateShort, parseDateInput, t, todayIso } from '../../i18n';
import { ActionsBar, GroupChart, Heatmap, InlineBar } from './ReportCharts';
import { StatCard } from './StatCard';
import { useFileExport } from './useFileExport';

interface Query { cellIds: string[]; from: string; to: string }

export default function ReportsPage() {
  const r = t.reports.report;
  usePageTitle(r.title);
  const cells = useApiQuery('cell.list', {});
  // The report asked for lives in the address (?tu=…&den=…&chibo=id,id; no chibo = every cell), so
  // going back to it after opening another screen shows the same report.
  const [params, setParams] = useSearchParams();
  const year = new Date().getFullYear();
  const from0 = parseDateInput(params.get('tu') ?? '') ?? `${year}-01-01`;
  const to0 = parseDateInput(params.get('den') ?? '') ?? todayIso();
  const chosen0 = (params.get('chibo') ?? '').split(',').filter(Boolean);
  const [all, setAll] = useState(chosen0.length === 0);
  const [chosen, setChosen] = useState<string[]>(chosen0);
  const [fromText, setFromText] = useState(formatDateShort(from0));
  const [toText, setToText] = useState(formatDateShort(to0));
  const [formError, setFormError] = useState<string | null>(null);

  const allIds = useMemo(() => (cells.data ?? []).map((c) => c.id), [cells.data]);
  const from = parseDateInput(fromText);
  const to = parseDateInput(toText);
  // Cells chosen earlier that no longer exist are dropped rather than refused.
  const known = new Set(allIds);
  const queryCells = chosen0.length === 0 ? allIds : chosen0.filter((id) => known.has(id));
  const query: Query | null = queryCells.length > 0 ? { cellIds: queryCells, from: from0, to: to0 } : null;

  const submit = () => {
    const cellIds = all ? allIds : chosen;
    if (!from || !to) return setFormError(r.form.badDate);
    if (cellIds.length === 0) return setFormError(r.form.chooseSome);
    setFormError(null);
    setParams({ tu: from, den: to, ...(all ? {} : { chibo: chosen.join(',') }) }, { replace: true });
  };

  if (cells.isError) return <ApiErrorView error={cells.error} onRetry={() => void cells.refetch()} />;
  return (
    <>
      <PageHeader title={r.title} subtitle={r.subtitle} />
      <Stack gap="lg">
        <Section id="report-form" title={r.form.run}>
          {cells.isPending ? (
            <PageSkeleton rows={2} />
          ) : allIds.length === 0 ? (
            <Text>{r.form.noCells}</Text>
          ) : (
            <Stack gap="sm">
              <Group align="flex-start" gap="md" wrap="wrap">
                <TextInput label={r.form.from} description={r.form.dateHint} value={fromText} onChange={(e) => setFromText(e.currentTarget.value)} error={fromText && !from ? r.form.badDate : undefined} w={200} />
                <TextInput label={r.form.to} description={r.form.dateHint} value={toText} onChange={(e) => setToText(e.currentTarget.value)} error={toText && !to ? r.form.badDate : undefined} w={200} />
                <Stack gap={6} style={{ flex: 1, minWidth: 280 }}>
                  <Switch label={r.form.allCells(allIds.length)} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} mt={4} />
                  {!all && (
                    <MultiSelect
                      label={r.form.cells}
                      placeholder={r.form.cellsPlaceholder}
                      data={(cells.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                      value={chosen}
                      onChange={setChosen}
                      searchable
                      clearable
                      maxDropdownHeight={320}
                      styles={{ pill: { fontSize: 'var(--mantine-font-size-md)', height: 'auto' } }}
                    />
                  )}
                </Stack>
              </Group>
              <Group>
                <Button onClick={submit}>{r.form.run}</Button>
                {!all && <Text c="dimmed">{r.form.someCells(chosen.length, allIds.length)}</Text>}
              </Group>
              {formError && <Alert color="red" variant="light" role="alert">{formError}</Alert>}
            </Stack>
          )}
        </Section>
        {query ? <ReportResult query={query} /> : <Text>{r.notRunYet}</Text>}
      </Stack>
    </>
  );
}

function ReportResult({ query }: { query: Query }) {
  const report = useApiQuery('report.aggregate', query, { placeholderData: (previous) => previous });
  if (report.isError) return <ApiErrorView error={report.error} onRetry={() => void report.refetch()} />;
  if (report.isPending) return <PageSkeleton rows={8} />;
  return <ReportView data={report.data} query={query} />;
}

export function ReportView({ data, query }: { data: ReportData; query: Query }) {
  const r = t.reports.report;
  const s = r.stats;
  const tot = data.totals;
  const a = data.actions;
  const pct = a.total === 0 ? 0 : Math.round((a.completed / a.total) * 100);
  const maxSelf = Math.max(0, ...data.indicators.map((i) => i.selfIdentified));
  const maxRaised = Math.max(0, ...data.indicators.map((i) => i.raised));
  const { run, busy, notice, error, client } = useFileExport();
  const exportAs = (format: 'docx' | 'xlsx') => run(format, () => client.call('report.export', { ...query, format }));

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Text size="lg">{r.period(formatDateLong(data.from), formatDateLong(data.to), formatDateLong(data.asOf))}</Text>
        <Group gap="sm">
          <Button variant="default" loading={busy === 'docx'} onClick={() => void exportAs('docx')}>{r.exportDocx}</Button>
          <Button variant="default" loading={busy === 'xlsx'} onClick={() => void exportAs('xlsx')}>{r.exportXlsx}</Button>
        </Group>
      </Group>
      {notice && <Alert color="green" variant="light" role="status">{notice}</Alert>}
      {error && <Alert color="red" variant="light" role="alert">{error}</Alert>}
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} spacing="sm">
        <StatCard label={s.forums} value={tot.forums} note={s.cellsWithForums(tot.cellsWithForums, tot.cells)} />
        <StatCard label={s.attended} value={tot.attendedFull + tot.attendedProbationary} note={s.attendedSplit(tot.attendedFull, tot.attendedProbationary)} />
        <StatCard label={s.selfIdentified} value={tot.selfIdentified} />
        <StatCard label={s.raised} value={tot.raised} />
        <StatCard label={s.actions} value={a.total} note={s.actionsSplit(a.completed, pct)} />
        <StatCard label={s.overdue} value={a.overdue} tone={a.overdue > 0 ? 'red' : undefined} />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section id="report-groups" title={r.groupsTitle}>
          <GroupChart groups={data.groups} />
        </Section>
        <Section id="report-top" title={r.topTitle}>
          {data.top.length === 0 ? (
            <Text>{r.topEmpty}</Text>
          ) : (
            <ol style={{ margin: 0, paddingLeft: 24 }}>
              {data.top.map((i) => (
                <li key={i.no} style={{ marginBottom: 10 }}>
                  <Text fw={700} span>({i.no})</Text> <Text span>{i.text}</Text>
                  <Text c="dimmed">{r.topLine(i.selfIdentified, i.raised)}</Text>
                </li>
              ))}
            </ol>
          )}
        </Section>
      </SimpleGrid>

      <Section id="report-heatmap" title={r.heatmapTitle}>
        <Text c="dimmed" mb="sm">{r.heatmapHint}</Text>
        <Heatmap data={data} />
      </Section>

      <Section id="report-indicators" title={r.indicatorsTitle}>
        <Table.ScrollContainer minWidth={800}>
          <Table aria-label={r.indicatorsLabel} verticalSpacing={6} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{r.col.no}</Table.Th>
                <Table.Th scope="col">{r.col.indicator}</Table.Th>
                <Table.Th scope="col">{r.col.focus}</Table.Th>
                <Table.Th scope="col">{r.col.self}</Table.Th>
                <Table.Th scope="col">{r.col.raised}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.indicators.map((i) => (
                <Table.Tr key={i.no}>
                  <Table.Td fw={700}>({i.no})</Table.Td>
                  <Table.Td>{i.text}</Table.Td>
                  <Table.Td>{i.focusForums.toLocaleString('vi-VN')}</Table.Td>
                  <Table.Td><InlineBar value={i.selfIdentified} max={maxSelf} colour="self" /></Table.Td>
                  <Table.Td><InlineBar value={i.raised} max={maxRaised} colour="raised" /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>

      <Section id="report-actions" title={r.actionsTitle}>
        {a.total === 0 ? <Text>{r.actionsEmpty}</Text> : <ActionsBar actions={a} />}
        <Text fw={700} mt="md" mb="xs">{r.overdueTitle}</Text>
        {data.overdueItems.length === 0 ? (
          <Text>{r.noOverdue}</Text>
        ) : (
          <>
            {a.overdue > data.overdueItems.length && <Text c="dimmed" mb="xs">{r.overdueMore(data.overdueItems.length, a.overdue)}</Text>}
            <Table.ScrollContainer minWidth={900}>
              <Table aria-label={r.overdueLabel} verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{r.col.cell}</Table.Th>
                    <Table.Th scope="col">{r.col.forumDate}</Table.Th>
                    <Table.Th scope="col">{r.col.shortcoming}</Table.Th>
                    <Table.Th scope="col">{r.col.owner}</Table.Th>
                    <Table.Th scope="col">{r.col.deadline}</Table.Th>
                    <Table.Th scope="col">{r.col.progress}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.overdueItems.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>{o.cellName}</Table.Td>
                      <Table.Td>{formatDateShort(o.forumDate)}</Table.Td>
                      <Table.Td>{o.shortcoming}</Table.Td>
                      <Table.Td>{o.ownerName}</Table.Td>
                      <Table.Td><Text c="red.9" fw={600} span>{formatDateShort(o.deadline)}</Text></Table.Td>
                      <Table.Td>{o.progress}%</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Section>
    </Stack>
  );
}
