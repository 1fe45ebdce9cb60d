// The search screen: one box, filters (cell, member, indicator, kind, dates), ranked results with
// the matched words marked. The query and filters live in the URL, so Back returns to the results.
import { Alert, Button, CloseButton, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApiQuery, type Input } from '../../api';
import { ApiErrorView } from '../../components/ApiErrorView';
import { EmptyHint } from '../../components/EmptyHint';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateShort, parseDateInput, t } from '../../i18n';
import classes from './Search.module.css';
import { SearchHitCard } from './SearchResults';
import { SEARCH_BOX_ID } from './useSearchShortcut';

const PAGE_SIZE = 20;
const KINDS = ['statement', 'commitment', 'comment', 'response', 'forum_text', 'document', 'action'] as const;
type Kind = (typeof KINDS)[number];

function DateField({ label, value, onChange }: { label: string; value: string; onChange: (iso: string) => void }) {
  const [text, setText] = useState(value ? formatDateShort(value) : '');
  const parsed = text.trim() === '' ? '' : parseDateInput(text);
  return (
    <TextInput
      label={label}
      placeholder={t.search.filters.datePlaceholder}
      value={text}
      error={parsed === null ? t.search.filters.badDate : undefined}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const iso = next.trim() === '' ? '' : parseDateInput(next);
        if (iso !== null) onChange(iso);
      }}
    />
  );
}

export default function SearchPage() {
  usePageTitle(t.search.title);
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(text, 250);
  const cellId = params.get('cell') ?? '';
  const memberId = params.get('member') ?? '';
  const indicator = params.get('indicator') ?? '';
  const kind = (params.get('kind') ?? '') as Kind | '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const [resetKey, setResetKey] = useState(0);

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  const cells = useApiQuery('cell.list', {});
  const members = useApiQuery('member.list', { cellId, includeLeft: true }, { enabled: cellId !== '' });
  const catalogue = useApiQuery('catalogue.get', {});

  const input = useMemo((): Input<'search.query'> => ({
    q: debounced,
    ...(cellId && { cellId }),
    ...(memberId && { memberId }),
    ...(indicator && { indicatorNo: Number(indicator) }),
    ...(kind && { kinds: [kind] }),
    ...(from && { from }),
    ...(to && { to }),
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  }), [debounced, cellId, memberId, indicator, kind, from, to, page]);
  const result = useApiQuery('search.query', input, { placeholderData: keepPreviousData });

  const onType = (value: string) => {
    setText(value);
    const next = new URLSearchParams(params);
    if (value === '') next.delete('q');
    else next.set('q', value);
    next.delete('page');
    setParams(next, { replace: true });
  };

  const indicators = catalogue.data?.groups.flatMap((g) => g.indicators) ?? [];
  const filtered = cellId || memberId || indicator || kind || from || to;
  const data = result.data;
  const stale = result.isPlaceholderData || text !== debounced;

  return (
    <Stack gap="lg">
      <PageHeader title={t.search.title} subtitle={t.search.subtitle} />
      <TextInput
        id={SEARCH_BOX_ID}
        className={classes.box}
        type="search"
        size="lg"
        autoFocus
        label={t.search.boxLabel}
        description={t.search.shortcutHint}
        placeholder={t.search.boxPlaceholder}
        value={text}
        onChange={(e) => onType(e.currentTarget.value)}
        rightSection={text ? <CloseButton aria-label={t.search.clear} onClick={() => onType('')} /> : null}
      />
      <Paper withBorder p="md" radius="md" component="section" aria-label={t.search.filters.title}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <NativeSelect
            label={t.search.filters.cell}
            value={cellId}
            onChange={(e) => set({ cell: e.currentTarget.value, member: '' })}
            data={[{ value: '', label: t.search.filters.allCells }, ...(cells.data ?? []).map((c) => ({ value: c.id, label: c.name }))]}
          />
          <NativeSelect
            label={t.search.filters.member}
            value={memberId}
            disabled={cellId === ''}
            description={cellId === '' ? t.search.filters.memberNeedsCell : undefined}
            onChange={(e) => set({ member: e.currentTarget.value })}
            data={[{ value: '', label: t.search.filters.allMembers }, ...(members.data ?? []).map((m) => ({ value: m.id, label: m.fullName }))]}
          />
          <NativeSelect
            label={t.search.filters.indicator}
            value={indicator}
            onChange={(e) => set({ indicator: e.currentTarget.value })}
            data={[{ value: '', label: t.search.filters.allIndicators }, ...indicators.map((i) => ({ value: String(i.no), label: t.search.filters.indicatorOption(i.no, i.text) }))]}
          />
          <NativeSelect
            label={t.search.filters.kind}
            value={kind}
            onChange={(e) => set({ kind: e.currentTarget.value })}
            data={[{ value: '', label: t.search.filters.allKinds }, ...KINDS.map((k) => ({ value: k, label: t.search.kinds[k] }))]}
          />
          <DateField key={`from${resetKey}`} label={t.search.filters.from} value={from} onChange={(iso) => set({ from: iso })} />
          <DateField key={`to${resetKey}`} label={t.search.filters.to} value={to} onChange={(iso) => set({ to: iso })} />
        </SimpleGrid>
        {filtered && (
          <Button variant="subtle" mt="sm" onClick={() => {
            setResetKey((k) => k + 1);
            set({ cell: '', member: '', indicator: '', kind: '', from: '', to: '' });
          }}>
            {t.search.filters.reset}
          </Button>
        )}
      </Paper>

      {result.isError && <ApiErrorView error={result.error} onRetry={() => void result.refetch()} />}
      {data?.hint && <EmptyHint message={data.hint} />}
      {data && !data.hint && (
        <Stack gap="md" component="section" aria-label={t.search.resultsLabel} aria-busy={stale}>
          <Group justify="space-between">
            <Text fw={700} size="lg" role="status">
              {stale ? t.search.searching : t.search.total(data.total, data.totalCapped)}
            </Text>
            {data.total > PAGE_SIZE && (
              <Text c="dimmed">{t.search.page(page * PAGE_SIZE + 1, page * PAGE_SIZE + data.hits.length)}</Text>
            )}
          </Group>
          {data.hits.length === 0 && !stale && <Alert variant="light" color="gray">{t.search.none}</Alert>}
          {data.hits.map((hit, i) => <SearchHitCard key={`${hit.kind}-${hit.forumId}-${i}`} hit={hit} />)}
          {(page > 0 || (page + 1) * PAGE_SIZE < data.ranked) && (
            <Group>
              <Button variant="default" disabled={page === 0} onClick={() => set({ page: page - 1 === 0 ? '' : String(page - 1) })}>
                {t.search.previous}
              </Button>
              <Button variant="default" disabled={(page + 1) * PAGE_SIZE >= data.ranked} onClick={() => set({ page: String(page + 1) })}>
                {t.search.next}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
