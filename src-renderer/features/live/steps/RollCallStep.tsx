// Khai mạc: the roll call (có mặt / vắng có lý do / vắng không lý do, with the reason), the live
// counts, the chair and the secretary, and the quorum against the rule. Until the roll call allows
// it, the reason Next is refused is shown here.
import { useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { AttendanceValues, LiveMember, LiveState, Presence } from '../../../../src-main/contract/live';
import { isApiError } from '../../../api';
import { MemberStatusBadge } from '../../../components/badges';
import { t } from '../../../i18n';
import { ConflictPanel, SaveStatus } from '../autosave';
import { autosaveRegistry, messageOf } from '../autosave-core';
import { useCheckedField } from '../useCheckedField';
import { useLiveAction } from '../useLive';
import type { StepProps } from './step-props';

const PRESENCE_ORDER: Presence[] = ['present', 'absent_excused', 'absent_unexcused'];
// Dark enough for white text above 4.5:1 in both colour schemes (Mantine's green/orange 8 are not).
const PRESENCE_COLOR: Record<Presence, string> = { present: '#2b7a3b', absent_excused: '#b0400b', absent_unexcused: '#c92a2a' };

function Count({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz="1.5rem" lh={1.2}>
        {value}
      </Text>
      {detail && <Text size="sm">{detail}</Text>}
    </Paper>
  );
}

function ReasonInput({ member, forumId, readOnly }: { member: LiveMember; forumId: string; readOnly: boolean }) {
  const r = t.live.rollCall;
  const act = useLiveAction(forumId);
  const field = useCheckedField<string>({
    saveKey: `attendance:${member.id}`,
    stored: member.absenceReason,
    equals: (a, b) => a.trim() === b.trim(),
    save: (reason, expected) =>
      act('live.setAttendance', { forumId, memberId: member.id, presence: 'absent_excused', reason, expected: { presence: 'absent_excused', reason: expected } }),
    // Another window changed the reason: both are shown. It changed the presence: the row shows it
    // once the snapshot arrives, and this field goes with it; meanwhile the message says why.
    fromCurrent: (current) => {
      const c = current as Partial<AttendanceValues> | null;
      return c?.presence === 'absent_excused' && typeof c.reason === 'string' ? c.reason : null;
    },
  });
  return (
    <Stack gap={2}>
      <TextInput
        aria-label={r.reasonOf(member.fullName)}
        placeholder={readOnly ? undefined : r.reasonPlaceholder}
        value={field.value}
        onChange={(e) => field.setValue(e.currentTarget.value)}
        onFocus={field.onFocus}
        onBlur={field.onBlur}
        readOnly={readOnly}
      />
      {!readOnly && <SaveStatus status={field.status} error={field.error} onRetry={() => void field.retry()} />}
      {field.conflict && <ConflictPanel conflict={field.conflict} onResolve={(c) => void field.resolveConflict(c)} />}
    </Stack>
  );
}

function RollCallRow({ member, forumId, readOnly, onError }: { member: LiveMember; forumId: string; readOnly: boolean; onError: (m: string | null) => void }) {
  const r = t.live.rollCall;
  const act = useLiveAction(forumId);
  // Shown at once; the snapshot confirms it a moment later.
  const [pending, setPending] = useState<Presence | null>(null);
  const presence = pending ?? member.presence;
  useEffect(() => {
    if (pending !== null && member.presence === pending) setPending(null);
  }, [member.presence, pending]);
  // The newest record known: from the snapshot, or from this window's own last save (a snapshot
  // fetched before it may still arrive). Clicks are sent one after another, each expecting it.
  const known = useRef<AttendanceValues>({ presence: member.presence, reason: member.absenceReason });
  const inFlight = useRef(0);
  useEffect(() => {
    if (inFlight.current === 0) known.current = { presence: member.presence, reason: member.absenceReason };
  }, [member.presence, member.absenceReason]);
  const send = async (value: Presence) => {
    try {
      const saved = await act('live.setAttendance', {
        forumId,
        memberId: member.id,
        presence: value,
        reason: value === 'absent_excused' ? known.current.reason : '',
        // Refused if another window changed this member's record meanwhile.
        expected: known.current,
      });
      known.current = { presence: saved.presence, reason: saved.absenceReason };
    } catch (e) {
      setPending(null);
      const current = isApiError(e) && e.code === 'CONFLICT' ? (e.current as AttendanceValues | undefined) : undefined;
      if (current && 'presence' in current) {
        known.current = current;
        onError(r.changedElsewhere(member.fullName, current.presence === null ? r.notCalled : r.presence[current.presence]));
      } else {
        onError(`${member.fullName}: ${messageOf(e, t.live.autosave.failed)}`);
      }
    }
  };
  const change = (value: Presence) => {
    setPending(value);
    onError(null);
    inFlight.current += 1;
    // In the member's queue of saves, with the reason field's (and counted by the leave guard).
    return autosaveRegistry.run(`attendance:${member.id}`, () => send(value)).finally(() => {
      inFlight.current -= 1;
    });
  };
  return (
    <Table.Tr data-member={member.id}>
      <Table.Th scope="row" fw={400}>
        <Stack gap={4}>
          <Text fw={600} size="lg">
            {member.fullName}
          </Text>
          <Group gap={6}>
            {member.status === 'du_bi' && <MemberStatusBadge status={member.status} />}
            {member.exempt && (
              <Badge color="gray" variant="light">
                {r.exempt}
              </Badge>
            )}
            {presence === null && !member.exempt && (
              <Badge color="yellow" variant="light">
                {r.notCalled}
              </Badge>
            )}
          </Group>
        </Stack>
      </Table.Th>
      <Table.Td>
        <Stack gap="xs">
          <SegmentedControl
            aria-label={r.presenceOf(member.fullName)}
            value={presence ?? ''}
            onChange={(v) => void change(v as Presence)}
            data={PRESENCE_ORDER.map((p) => ({ value: p, label: r.presence[p] }))}
            color={presence ? PRESENCE_COLOR[presence] : undefined}
            readOnly={readOnly}
            fullWidth
          />
          {presence === 'absent_excused' && <ReasonInput member={member} forumId={forumId} readOnly={readOnly} />}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function RolesPicker({ state, forumId, readOnly, onError }: { state: LiveState; forumId: string; readOnly: boolean; onError: (m: string | null) => void }) {
  const r = t.live.rollCall;
  const act = useLiveAction(forumId);
  const options = [{ value: '', label: r.notChosen }, ...state.members.map((m) => ({ value: m.id, label: m.fullName }))];
  const save = async (patch: { chairMemberId?: string | null; secretaryMemberId?: string | null }) => {
    onError(null);
    try {
      // Only the role chosen is sent, with what this screen showed for it: a role changed in
      // another window meanwhile is refused, not overwritten.
      const expected = Object.fromEntries(Object.keys(patch).map((k) => [k, state.forum[k as keyof typeof patch]]));
      await act('live.setRoles', { forumId, ...patch, expected });
    } catch (e) {
      onError(messageOf(e, t.live.autosave.failed));
    }
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <NativeSelect
        label={r.chair}
        value={state.forum.chairMemberId ?? ''}
        data={options}
        onChange={(e) => void save({ chairMemberId: e.currentTarget.value || null })}
        disabled={readOnly}
      />
      <NativeSelect
        label={r.secretary}
        value={state.forum.secretaryMemberId ?? ''}
        data={options}
        onChange={(e) => void save({ secretaryMemberId: e.currentTarget.value || null })}
        disabled={readOnly}
        error={!state.forum.secretaryMemberId && !readOnly ? r.secretaryMissing : undefined}
      />
    </SimpleGrid>
  );
}

export function RollCallStep({ state, forumId, readOnly }: StepProps) {
  const r = t.live.rollCall;
  const c = state.counts;
  const act = useLiveAction(forumId);
  const [error, setError] = useState<string | null>(null);
  const [markingAll, setMarkingAll] = useState(false);
  const uncalled = state.members.filter((m) => m.presence === null && !m.exempt);

  const markAllPresent = async () => {
    setMarkingAll(true);
    setError(null);
    try {
      for (const m of uncalled) await act('live.setAttendance', { forumId, memberId: m.id, presence: 'present', reason: '' });
    } catch (e) {
      setError(messageOf(e, t.live.autosave.failed));
    } finally {
      setMarkingAll(false);
    }
  };

  return (
    <Stack gap="lg">
      <Paper
        withBorder
        radius="md"
        p="md"
        component="section"
        aria-labelledby="rc-quorum"
        style={{ borderColor: `var(--mantine-color-${state.quorum.met ? 'green' : 'orange'}-7)`, borderWidth: 2 }}
        bg={state.quorum.met ? 'var(--mantine-color-green-light)' : 'var(--mantine-color-orange-light)'}
      >
        <Title order={3} id="rc-quorum" c={state.quorum.met ? 'var(--mantine-color-green-text)' : 'var(--mantine-color-orange-text)'}>
          {state.quorum.met ? `✓ ${r.quorumMet}` : r.quorumNotMet}
        </Title>
        <Text size="lg" mt={4}>
          {state.quorum.explanation}
        </Text>
        {!readOnly && (
          <Text id="rc-blocker" mt="xs" fw={600} c={state.rollCallBlocker ? 'var(--mantine-color-orange-text)' : 'var(--mantine-color-green-text)'}>
            {state.rollCallBlocker ?? r.ready}
          </Text>
        )}
      </Paper>

      <section aria-labelledby="rc-counts">
        <Title order={3} id="rc-counts" mb="sm">
          {r.countsTitle}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <Count label={r.counts.total} value={c.total} />
          <Count label={r.counts.chinhThuc} value={c.chinhThuc} />
          <Count label={r.counts.duBi} value={c.duBi} />
          <Count label={r.counts.present} value={c.present} detail={r.presentDetail(c.presentChinhThuc, c.presentDuBi)} />
          <Count label={r.counts.absent} value={c.absentExcused + c.absentUnexcused} detail={r.absentDetail(c.absentExcused, c.absentUnexcused)} />
          <Count label={r.counts.exempt} value={c.exempt} detail={c.unrecorded > 0 ? `${r.counts.unrecorded}: ${c.unrecorded}` : undefined} />
        </SimpleGrid>
      </section>

      <section aria-labelledby="rc-roles">
        <Title order={3} id="rc-roles" mb="sm">
          {r.rolesTitle}
        </Title>
        <RolesPicker state={state} forumId={forumId} readOnly={readOnly} onError={setError} />
      </section>

      <section aria-labelledby="rc-table">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={3} id="rc-table">
            {r.title}
          </Title>
          {!readOnly && uncalled.length > 0 && (
            <Button variant="default" onClick={() => void markAllPresent()} loading={markingAll} title={r.allPresentHint}>
              {r.allPresent(uncalled.length)}
            </Button>
          )}
        </Group>
        {error && (
          <Alert color="red" variant="light" role="alert" mb="sm" title={t.live.page.actionFailed} withCloseButton closeButtonLabel={t.common.close} onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        <Table aria-labelledby="rc-table" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{r.colName}</Table.Th>
              <Table.Th scope="col">{r.colPresence}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.members.map((m) => (
              <RollCallRow key={m.id} member={m} forumId={forumId} readOnly={readOnly} onError={setError} />
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
