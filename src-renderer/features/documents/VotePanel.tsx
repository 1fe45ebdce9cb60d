// The vote on the resolution: who may vote (full members present; probationary members do not),
// the three numbers, the pass rule (a setting, editable here for this vote), the core's arithmetic
// in words — and the reserved opinions (bảo lưu) of full members.
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import type { LiveState } from '../../../src-main/contract/live';
import type { VoteResult } from '../../../src-main/contract/documents';
import { useApiQuery } from '../../api';
import { ConfirmModal } from '../../components/ConfirmModal';
import { t } from '../../i18n';
import type { DocumentAction } from './useDocuments';

export type VoteRule = VoteResult['rule'];
export const DEFAULT_VOTE_RULE: VoteRule = { basis: 'full_not_exempt', numerator: 1, denominator: 2, strictlyMore: true };
const BASES: VoteRule['basis'][] = ['full_not_exempt', 'full', 'full_present'];

type Members = LiveState['members'];

/** Who may vote (full members present) and the probationary members present, who may not. */
export function votersOf(members: Members): { eligible: number; probationary: number } {
  const present = members.filter((m) => m.presence === 'present');
  return {
    eligible: present.filter((m) => m.status === 'chinh_thuc').length,
    probationary: present.filter((m) => m.status === 'du_bi').length,
  };
}

/** "Quá 1/2 số đảng viên chính thức (trừ miễn sinh hoạt) tán thành". */
export function ruleSummary(rule: VoteRule): string {
  const v = t.documents.vote;
  return v.ruleSummary(v.basisOptions[rule.basis], rule.numerator, rule.denominator, rule.strictlyMore);
}

const timeOf = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
};

type Count = number | string;
const toCount = (value: Count): number => (typeof value === 'number' ? value : value.trim() === '' ? 0 : Number(value));

export function VoteResultView({ vote }: { vote: VoteResult }) {
  const v = t.documents.vote;
  return (
    <Alert color={vote.passed ? 'green' : 'red'} variant="light" title={vote.passed ? v.passed : v.notPassed} data-vote-passed={vote.passed}>
      <Stack gap={4}>
        <Text>{vote.explanation}</Text>
        <Text size="sm" c="dimmed">
          {v.recordedAt(timeOf(vote.recordedAt))}
        </Text>
      </Stack>
    </Alert>
  );
}

function VoteForm({ forumId, vote, members, act }: { forumId: string; vote: VoteResult | null; members: Members; act: DocumentAction }) {
  const v = t.documents.vote;
  const { eligible, probationary } = votersOf(members);
  const [counts, setCounts] = useState<{ for: Count; against: Count; abstain: Count }>(
    vote ? { for: vote.for, against: vote.against, abstain: vote.abstain } : { for: '', against: 0, abstain: 0 },
  );
  const [rule, setRule] = useState<VoteRule>(vote?.rule ?? DEFAULT_VOTE_RULE);
  const [ruleTouched, setRuleTouched] = useState(false);
  const [ruleOpen, setRuleOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sum = toCount(counts.for) + toCount(counts.against) + toCount(counts.abstain);

  const changeRule = (patch: Partial<VoteRule>) => {
    setRule((r) => ({ ...r, ...patch }));
    setRuleTouched(true);
  };

  const record = async () => {
    setSaving(true);
    setError(null);
    try {
      await act('vote.record', {
        forumId, for: toCount(counts.for), against: toCount(counts.against), abstain: toCount(counts.abstain), ...(ruleTouched ? { rule } : {}),
      });
      setRuleTouched(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : t.errors.unexpected);
    } finally {
      setSaving(false);
    }
  };

  const number = (key: 'for' | 'against' | 'abstain', label: string) => (
    <NumberInput
      label={label}
      min={0}
      max={10_000}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="strict"
      value={counts[key]}
      onChange={(value) => setCounts((c) => ({ ...c, [key]: value }))}
      size="md"
    />
  );

  return (
    <Stack gap="sm">
      <Stack gap={2}>
        <Text fw={600}>{v.eligible(eligible)}</Text>
        <Text size="sm" c="dimmed">
          {probationary > 0 ? v.probationary(probationary) : v.noProbationary}
        </Text>
      </Stack>
      <SimpleGrid cols={3} spacing="sm">
        {number('for', v.for)}
        {number('against', v.against)}
        {number('abstain', v.abstain)}
      </SimpleGrid>
      <Text size="sm" c={sum > eligible ? 'var(--mantine-color-red-text)' : 'dimmed'} fw={sum > eligible ? 600 : 400}>
        {sum > eligible ? v.overTotal(sum, eligible) : v.total(sum, eligible)}
      </Text>
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Text size="sm">
          <Text span fw={600}>
            {v.ruleTitle}:
          </Text>{' '}
          {ruleSummary(rule)}
          {' · '}
          <UnstyledButton onClick={() => setRuleOpen((o) => !o)} aria-expanded={ruleOpen} fz="sm" c="var(--mantine-color-anchor)" td="underline">
            {ruleOpen ? v.ruleHide : v.ruleEdit}
          </UnstyledButton>
        </Text>
        <Button onClick={() => void record()} loading={saving} disabled={toCount(counts.for) < 0 || Number.isNaN(sum)}>
          {v.record}
        </Button>
      </Group>
      {ruleOpen && (
        <Paper withBorder p="sm" radius="sm">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {v.ruleHint}
            </Text>
            <Select
              label={v.basis}
              data={BASES.map((b) => ({ value: b, label: v.basisOptions[b] }))}
              value={rule.basis}
              onChange={(value) => value && changeRule({ basis: value as VoteRule['basis'] })}
              allowDeselect={false}
            />
            <Group grow gap="sm">
              <NumberInput label={v.numerator} min={1} max={99} allowDecimal={false} value={rule.numerator} onChange={(n) => changeRule({ numerator: toCount(n) || 1 })} />
              <NumberInput label={v.denominator} min={1} max={99} allowDecimal={false} value={rule.denominator} onChange={(n) => changeRule({ denominator: toCount(n) || 1 })} />
            </Group>
            <Checkbox label={v.strictlyMore} checked={rule.strictlyMore} onChange={(e) => changeRule({ strictlyMore: e.currentTarget.checked })} />
          </Stack>
        </Paper>
      )}
      {error && (
        <Alert color="red" variant="light" title={v.failedTitle} role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}

function Reservations({ forumId, members, locked, act }: { forumId: string; members: Members; locked: boolean; act: DocumentAction }) {
  const r = t.documents.reservations;
  const list = useApiQuery('reservation.list', { forumId });
  const [memberId, setMemberId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const fullMembers = members.filter((m) => m.status === 'chinh_thuc');
  const nameOf = (id: string) => members.find((m) => m.id === id)?.fullName ?? r.unknownMember;

  const add = async () => {
    if (!memberId) return;
    setSaving(true);
    setError(null);
    try {
      await act('reservation.add', { forumId, memberId, text });
      setText('');
      setMemberId(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : t.errors.unexpected);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (id: string) => {
    setError(null);
    try {
      await act('reservation.delete', { id });
    } catch (err) {
      setError(err instanceof Error ? err.message : t.errors.unexpected);
    } finally {
      setDeleting(null);
    }
  };

  const items = list.data ?? [];
  return (
    <Stack gap="xs">
      <Title order={4} fz="1rem">
        {r.title}
      </Title>
      <Text size="sm" c="dimmed">
        {r.intro}
      </Text>
      {items.length === 0 ? (
        <Text size="sm">{r.empty}</Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={r.title}>
          {items.map((item) => (
            <li key={item.id}>
              <Paper withBorder p="xs" radius="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    <Text span fw={700}>
                      {nameOf(item.memberId)}:
                    </Text>{' '}
                    {item.text}
                  </Text>
                  {!locked && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      aria-label={r.delete(nameOf(item.memberId))}
                      onClick={() => setDeleting({ id: item.id, name: nameOf(item.memberId) })}
                    >
                      {t.common.delete}
                    </Button>
                  )}
                </Group>
              </Paper>
            </li>
          ))}
        </Stack>
      )}
      {!locked && (
        <Stack gap="xs">
          <Select
            label={r.member}
            placeholder={r.memberPlaceholder}
            data={fullMembers.map((m) => ({ value: m.id, label: m.fullName }))}
            value={memberId}
            onChange={setMemberId}
            searchable
            nothingFoundMessage={t.common.none}
          />
          <Textarea label={r.text} autosize minRows={2} maxRows={8} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <Group>
            <Button variant="light" onClick={() => void add()} loading={saving} disabled={!memberId || text.trim() === ''}>
              {r.add}
            </Button>
          </Group>
        </Stack>
      )}
      {error && (
        <Alert color="red" variant="light" title={r.failedTitle} role="alert">
          {error}
        </Alert>
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={r.deleteTitle}
        message={r.deleteBody(deleting?.name ?? '')}
        confirmLabel={r.deleteConfirm}
        onConfirm={() => deleting && void remove(deleting.id)}
        onCancel={() => setDeleting(null)}
      />
    </Stack>
  );
}

export interface VotePanelProps {
  forumId: string;
  members: Members;
  /** The resolution is adopted: the vote and reservations are shown, not changed. */
  locked: boolean;
  act: DocumentAction;
}

export function VotePanel({ forumId, members, locked, act }: VotePanelProps) {
  const v = t.documents.vote;
  const vote = useApiQuery('vote.get', { forumId });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="vote-title">
      <Stack gap="md">
        <Title order={3} fz="1.125rem" id="vote-title">
          {v.title}
        </Title>
        {vote.data !== undefined && !locked && (
          <VoteForm key={vote.data?.recordedAt ?? 'none'} forumId={forumId} vote={vote.data} members={members} act={act} />
        )}
        {vote.data ? <VoteResultView vote={vote.data} /> : vote.data === null && <Text c="dimmed">{v.notYet}</Text>}
        <Reservations forumId={forumId} members={members} locked={locked} act={act} />
      </Stack>
    </Paper>
  );
}
