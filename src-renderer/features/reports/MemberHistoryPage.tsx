// A member's history across forums: what they self-identified and what peers raised, indicator by
// forum (a table: forum date × indicator), their commitments with progress and completion, and the
// export of the year-end self-review's section III (Mẫu 02A/02B) as DOCX.
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { MemberHistory } from '../../../src-main/contract/reports';
import { useApiQuery } from '../../api';
import { ApiErrorView } from '../../components/ApiErrorView';
import { PageSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateShort, t } from '../../i18n';
import { StatCard } from './StatCard';
import { useFileExport } from './useFileExport';
import classes from './Reports.module.css';

export default function MemberHistoryPage() {
  const h = t.reports.history;
  usePageTitle(h.title);
  const { cellId = '', memberId = '' } = useParams();
  const history = useApiQuery('member.history', { memberId });

  if (history.isError) return <ApiErrorView error={history.error} onRetry={() => void history.refetch()} />;
  if (history.isPending) return <PageSkeleton rows={8} />;
  const data = history.data;
  return (
    <>
      <PageHeader
        title={h.title}
        subtitle={h.subtitle(data.member.fullName, data.member.cellName)}
        actions={<Button variant="default" component={Link} to={`/cells/${cellId}/members`}>{h.backToMembers}</Button>}
      />
      <Stack gap="lg">
        <HistoryStats summary={data.summary} />
        {data.forums.length === 0 ? <Text size="lg">{h.empty}</Text> : <Timeline data={data} />}
        <Commitments data={data} />
        <ExportPanel data={data} />
      </Stack>
    </>
  );
}

function HistoryStats({ summary }: { summary: MemberHistory['summary'] }) {
  const s = t.reports.history.stats;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
      <StatCard label={s.forums} value={summary.forums} />
      <StatCard label={s.attended} value={summary.attended} />
      <StatCard label={s.selfIdentified} value={summary.selfIdentified} />
      <StatCard label={s.raised} value={summary.raised} />
      <StatCard label={s.commitments} value={summary.commitments} />
      <StatCard label={s.completed} value={summary.completed} />
      <StatCard label={s.overdue} value={summary.overdue} tone={summary.overdue > 0 ? 'red' : undefined} />
    </SimpleGrid>
  );
}

function Timeline({ data }: { data: MemberHistory }) {
  const h = t.reports.history;
  const byKey = useMemo(() => new Map(data.entries.map((e) => [`${e.forumId}|${e.indicatorNo}`, e])), [data.entries]);
  return (
    <Section id="history-timeline" title={h.timelineTitle}>
      {data.indicators.length === 0 ? (
        <Text>{h.noIndicators}</Text>
      ) : (
        <Stack gap="sm">
          <Text c="dimmed">{h.timelineHint}</Text>
          <Group gap="xs">
            <Text fw={600}>{h.legend}</Text>
            <Badge color="orange" variant="light">{h.selfBadge.co_nguy_co}</Badge>
            <Badge color="red" variant="light">{h.selfBadge.co_bieu_hien}</Badge>
            <Badge color="blue" variant="light">{h.raisedBadge(1)}</Badge>
          </Group>
          <Table.ScrollContainer minWidth={Math.max(600, 320 + data.forums.length * 150)}>
            <Table aria-label={h.timelineLabel} withTableBorder withColumnBorders className={classes.timeline}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" className={classes.indicatorCol}>{h.indicatorCol}</Table.Th>
                  {data.forums.map((f) => (
                    <Table.Th scope="col" key={f.forumId} className={classes.forumCol}>
                      <div>{formatDateShort(f.date)}</div>
                      {f.presence && f.presence !== 'present' && <Text c="dimmed">{h.absent[f.presence]}</Text>}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.indicators.map((i) => (
                  <Table.Tr key={i.no}>
                    <Table.Th scope="row" className={classes.indicatorCol}>
                      <Text span fw={700}>({i.no})</Text> <Text span>{shortText(i.text)}</Text>
                    </Table.Th>
                    {data.forums.map((f) => {
                      const e = byKey.get(`${f.forumId}|${i.no}`);
                      if (!e) return <Table.Td key={f.forumId} />;
                      const tip = [
                        e.selfAssessment ? `${h.selfSaid}: ${e.selfStatement || h.selfBadge[e.selfAssessment]}` : '',
                        ...e.raised.map((r) => `${h.peerSaid(r.fromName)}: ${r.text}`),
                      ].filter(Boolean).join('\n');
                      return (
                        <Table.Td key={f.forumId} title={tip} data-testid={`history-cell-${f.forumId}-${i.no}`}>
                          <Stack gap={4}>
                            {e.selfAssessment && (
                              <Badge color={e.selfAssessment === 'co_bieu_hien' ? 'red' : 'orange'} variant="light" className={classes.wrapBadge}>
                                {h.selfBadge[e.selfAssessment] ?? h.selfShort}
                              </Badge>
                            )}
                            {e.raised.length > 0 && <Badge color="blue" variant="light" className={classes.wrapBadge}>{h.raisedBadge(e.raised.length)}</Badge>}
                          </Stack>
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Details data={data} />
        </Stack>
      )}
    </Section>
  );
}

/** The words behind the badges, forum by forum, for reading without a mouse. */
function Details({ data }: { data: MemberHistory }) {
  const h = t.reports.history;
  return (
    <details className={classes.details}>
      <summary>{h.detailsTitle}</summary>
      <Stack gap="sm" mt="sm">
        {data.forums.map((f) => {
          const entries = data.entries.filter((e) => e.forumId === f.forumId);
          if (entries.length === 0) return null;
          return (
            <div key={f.forumId}>
              <Text fw={700}>{formatDateShort(f.date)} — {f.topic}</Text>
              <ul className={classes.list}>
                {entries.map((e) => (
                  <li key={e.indicatorNo}>
                    <Text span fw={600}>({e.indicatorNo})</Text>{' '}
                    {e.selfAssessment && <span>{h.selfSaid}: {withStop(e.selfStatement || h.selfBadge[e.selfAssessment])} </span>}
                    {e.raised.map((r, i) => (
                      <span key={i}>{h.peerSaid(r.fromName)}: “{r.text}”{r.responseKind ? ` (${h.response[r.responseKind]})` : ''}. </span>
                    ))}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </Stack>
    </details>
  );
}

function Commitments({ data }: { data: MemberHistory }) {
  const h = t.reports.history;
  const c = h.col;
  return (
    <Section id="history-commitments" title={h.commitmentsTitle}>
      {data.commitments.length === 0 ? (
        <Text>{h.noCommitments}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={h.commitmentsLabel} verticalSpacing="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{c.forumDate}</Table.Th>
                <Table.Th scope="col">{c.indicators}</Table.Th>
                <Table.Th scope="col">{c.shortcoming}</Table.Th>
                <Table.Th scope="col">{c.measure}</Table.Th>
                <Table.Th scope="col">{c.deadline}</Table.Th>
                <Table.Th scope="col" w={160}>{c.progress}</Table.Th>
                <Table.Th scope="col">{c.result}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.commitments.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td className={classes.nowrap}>{formatDateShort(item.forumDate)}</Table.Td>
                  <Table.Td>{item.indicatorNos.map((no) => `(${no})`).join(', ')}</Table.Td>
                  <Table.Td>{item.shortcoming}</Table.Td>
                  <Table.Td>{item.measure}</Table.Td>
                  <Table.Td className={classes.nowrap}>{item.deadline ? formatDateShort(item.deadline) : ''}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Progress value={item.progress} color={item.completedAt ? 'green' : item.overdue ? 'red' : 'blue'} w={90} aria-label={`${c.progress} ${item.progress}%`} />
                      <Text span>{item.progress}%</Text>
                    </Group>
                    {item.history.length > 0 && (
                      <Text c="dimmed" mt={4}>
                        {item.history.map((p) => h.progressHistory(formatDateShort(p.date), p.progress, p.note)).join('; ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className={classes.nowrap}>
                    {item.completedAt ? (
                      <Text c="#1b5e20" fw={700}>{h.completedOn(formatDateShort(item.completedAt))}</Text>
                    ) : item.overdue ? (
                      <Text c="red.9" fw={700}>{h.overdue}</Text>
                    ) : (
                      <Text>{h.inProgress}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

function ExportPanel({ data }: { data: MemberHistory }) {
  const h = t.reports.history;
  const { run, busy, notice, error, client } = useFileExport();
  const thisYear = new Date().getFullYear();
  const years = useMemo(() => {
    const set = new Set<number>([thisYear, ...data.forums.map((f) => Number(f.date.slice(0, 4)))]);
    return [...set].sort((a, b) => b - a);
  }, [data.forums, thisYear]);
  const [year, setYear] = useState(String(thisYear));
  return (
    <Section id="history-export" title={h.exportTitle}>
      <Stack gap="sm">
        <Text>{h.exportHint}</Text>
        <Group align="flex-end" gap="sm">
          <NativeSelect label={h.exportYear} value={year} onChange={(e) => setYear(e.currentTarget.value)} data={years.map(String)} w={160} />
          <Button
            loading={busy === 'docx'}
            onClick={() => void run('docx', () => client.call('member.historyExport', { memberId: data.member.id, year: Number(year) }))}
          >
            {h.exportDocx}
          </Button>
        </Group>
        {notice && <Alert color="green" variant="light" role="status">{notice}</Alert>}
        {error && <Alert color="red" variant="light" role="alert">{error}</Alert>}
      </Stack>
    </Section>
  );
}

/** A sentence ends with one stop, not two. */
const withStop = (text: string) => (/[.!?…]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The indicator's first clause, for a narrow column. */
function shortText(text: string): string {
  const first = text.split(/[;.]/u)[0] ?? text;
  return first.length > 90 ? `${first.slice(0, first.lastIndexOf(' ', 88))}…` : first;
}

