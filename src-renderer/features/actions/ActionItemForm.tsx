// Adding or editing one item of the action plan, in a drawer (after the meeting, so an explicit
// Save button). Every column of the plan; the deadline typed as dd/mm/yyyy; the core's messages
// next to their fields. An edit is checked against the version it started from: if someone else
// saved in between, both versions are shown field by field and the user chooses.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert, Button, Group, MultiSelect, NativeSelect, Paper, Pill, Radio, SimpleGrid, Stack, Table, Text, Textarea, TextInput,
} from '@mantine/core';
import type { IndicatorGroup, Member } from '../../api/types';
import { isApiError, type ApiError } from '../../api';
import { AppDrawer } from '../../components/Dialogs';
import { formatDateShort, formatDateWithWeekday, parseDateInput, t } from '../../i18n';
import {
  differingFields, draftOf, emptyDraft, fieldsOf, indicatorsText, itemFromConflict, OWNER_KINDS, type ActionDraft, type ActionFields,
  type ActionItem, type ActionOwnerKind, type ComparedField,
} from './action-helpers';
import { useActionCall } from './useActions';

export interface ActionItemFormProps {
  opened: boolean;
  forumId: string;
  /** The item to edit, or null to add one. */
  item: ActionItem | null;
  /** Its number in the plan (for the title). */
  no: number;
  members: readonly Member[];
  groups: readonly IndicatorGroup[];
  onClose: () => void;
  onSaved: (item: ActionItem, created: boolean) => void;
}

interface Conflict {
  mine: ActionFields;
  theirs: ActionItem;
}

const FIELD_LABEL: Record<ComparedField, string> = {
  shortcoming: t.actions.col.shortcoming,
  indicatorNos: t.actions.col.indicators,
  cause: t.actions.col.cause,
  measure: t.actions.col.measure,
  ownerKind: t.actions.col.owner,
  ownerMemberId: t.actions.col.ownerMember,
  supporting: t.actions.col.supporting,
  deadline: t.actions.col.deadline,
  expectedResult: t.actions.col.expectedResult,
  monitor: t.actions.col.monitor,
  note: t.actions.col.note,
};

function shownValue(key: ComparedField, value: unknown, members: readonly Member[]): string {
  const empty = t.actions.form.emptyValue;
  if (value === null || value === undefined || value === '') return empty;
  if (key === 'indicatorNos') return (value as number[]).length === 0 ? empty : indicatorsText(value as number[]);
  if (key === 'ownerKind') return t.actions.ownerKinds[value as ActionOwnerKind];
  if (key === 'ownerMemberId') return members.find((m) => m.id === value)?.fullName ?? String(value);
  if (key === 'deadline') return formatDateShort(String(value));
  return String(value);
}

function ConflictView({ conflict, members, busy, onKeepMine, onUseTheirs }: {
  conflict: Conflict;
  members: readonly Member[];
  busy: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const f = t.actions.form;
  const keys = differingFields(conflict.mine, conflict.theirs);
  return (
    <Alert color="orange" variant="light" title={f.conflictTitle} role="alert" tabIndex={-1} data-form-alert>
      <Stack gap="sm">
        <Text>{f.conflictBody}</Text>
        <Paper withBorder radius="sm" style={{ overflowX: 'auto' }}>
          <Table verticalSpacing="xs" aria-label={f.conflictTitle} layout="fixed" miw={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="24%">
                  {f.label}
                </Table.Th>
                <Table.Th scope="col">{f.mine}</Table.Th>
                <Table.Th scope="col">{f.theirs}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.map((key) => (
                <Table.Tr key={key}>
                  <Table.Th scope="row" fw={600}>
                    {FIELD_LABEL[key]}
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{shownValue(key, conflict.mine[key], members)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{shownValue(key, conflict.theirs[key], members)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Group gap="sm">
          <Button onClick={onKeepMine} loading={busy}>
            {f.keepMine}
          </Button>
          <Button variant="default" onClick={onUseTheirs} disabled={busy}>
            {f.useTheirs}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

export function indicatorData(groups: readonly IndicatorGroup[]) {
  return groups.map((g) => ({
    group: t.actions.form.groupTitle(g.code, g.title),
    items: g.indicators.map((i) => ({ value: String(i.no), label: `${i.no}. ${i.text}` })),
  }));
}

function ItemForm({ forumId, item, no, members, groups, onClose, onSaved }: Omit<ActionItemFormProps, 'opened'>) {
  const f = t.actions.form;
  const c = t.actions.col;
  const call = useActionCall();
  const [draft, setDraft] = useState<ActionDraft>(() => (item ? draftOf(item) : emptyDraft()));
  const [baseVersion, setBaseVersion] = useState(item?.version ?? 0);
  const [deadlineError, setDeadlineError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [other, setOther] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const deadlineRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The Save button is at the bottom of a long drawer: after a refusal, bring what went wrong into
  // view — the collision panel or the general message at the top, else the first field marked.
  useEffect(() => {
    if (!error && !other && !conflict) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[data-form-alert]') ?? form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }, [error, other, conflict]);
  // A field changed since the last refusal no longer shows the message about its old value.
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const set = <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const paths = key === 'deadlineText' ? ['deadline'] : key === 'ownerKind' ? ['ownerKind', 'ownerMemberId'] : [key];
    setChanged((old) => new Set([...old, ...paths]));
    if (key === 'deadlineText') setDeadlineError(null);
  };
  const parsedDeadline = parseDateInput(draft.deadlineText);

  const ownerOptions = [
    { value: '', label: f.ownerMemberPlaceholder },
    ...members
      .filter((m) => m.active || m.id === draft.ownerMemberId)
      .map((m) => ({ value: m.id, label: m.active ? m.fullName : `${m.fullName} (${t.members.activeNo.toLowerCase()})` })),
  ];

  const save = async (fields: ActionFields, version: number) => {
    setBusy(true);
    setError(null);
    setChanged(new Set());
    setOther(null);
    try {
      const saved = item
        ? await call('action.update', { id: item.id, baseVersion: version, ...fields })
        : await call('action.create', { forumId, ...fields });
      setConflict(null);
      onSaved(saved, item === null);
    } catch (err) {
      if (isApiError(err) && err.code === 'CONFLICT') {
        const theirs = itemFromConflict(err.current);
        if (theirs) setConflict({ mine: fields, theirs });
        else setOther(f.conflictGone);
      } else if (isApiError(err)) setError(err);
      else setOther(t.errors.unexpected);
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = fieldsOf(draft);
    if ('deadlineError' in result) {
      setDeadlineError(result.deadlineError);
      deadlineRef.current?.focus();
      return;
    }
    setDeadlineError(null);
    void save(result.fields, baseVersion);
  };

  const issue = (path: string) => (changed.has(path) ? undefined : error?.issueFor(path));
  const fieldPaths = ['shortcoming', 'indicatorNos', 'cause', 'measure', 'ownerKind', 'ownerMemberId', 'supporting', 'deadline', 'expectedResult', 'monitor', 'note'];
  const general = other ?? (error && !fieldPaths.some((p) => error.issueFor(p)) ? error.message : null);
  const area = (key: 'shortcoming' | 'cause' | 'measure' | 'expectedResult' | 'note', label: string, placeholder?: string, required = false, extra?: ReactNode) => (
    <Textarea
      label={label}
      placeholder={placeholder}
      autosize
      minRows={2}
      maxRows={8}
      value={draft[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={issue(key)}
      required={required}
      description={extra}
      data-autofocus={key === 'shortcoming' ? true : undefined}
    />
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={item ? f.editTitle(no) : f.addTitle}>
      <Stack gap="md">
        {general && (
          <Alert color="red" variant="light" role="alert" title={t.errors.saveFailedTitle} tabIndex={-1} data-form-alert>
            {general}
          </Alert>
        )}
        {conflict && (
          <ConflictView
            conflict={conflict}
            members={members}
            busy={busy}
            onKeepMine={() => void save(conflict.mine, conflict.theirs.version)}
            onUseTheirs={() => {
              setDraft(draftOf(conflict.theirs));
              setBaseVersion(conflict.theirs.version);
              setConflict(null);
            }}
          />
        )}
        {area('shortcoming', c.shortcoming, f.shortcomingPlaceholder, true)}
        <MultiSelect
          label={c.indicators}
          description={f.indicatorsHint}
          placeholder={draft.indicatorNos.length === 0 ? f.indicatorsPlaceholder : undefined}
          data={indicatorData(groups)}
          value={draft.indicatorNos.map(String)}
          onChange={(values) => set('indicatorNos', values.map(Number).sort((a, b) => a - b))}
          searchable
          clearable
          nothingFoundMessage={f.indicatorsNothing}
          maxDropdownHeight={320}
          comboboxProps={{ withinPortal: true }}
          renderPill={({ option, onRemove }) => (
            <Pill
              size="lg"
              withRemoveButton
              onRemove={onRemove}
              title={option.label}
              removeButtonProps={{ 'aria-label': `${t.common.remove} ${t.actions.indicatorShort(Number(option.value))}` }}
            >
              {t.actions.indicatorShort(Number(option.value))}
            </Pill>
          )}
          error={issue('indicatorNos')}
        />
        {area('cause', c.cause, f.causePlaceholder)}
        {area('measure', c.measure, f.measurePlaceholder, true)}
        <Radio.Group label={c.owner} value={draft.ownerKind} onChange={(v) => set('ownerKind', v as ActionOwnerKind)} error={issue('ownerKind')}>
          <Group gap="lg" mt={6}>
            {OWNER_KINDS.map((k) => (
              <Radio key={k} value={k} label={t.actions.ownerKinds[k]} />
            ))}
          </Group>
        </Radio.Group>
        {draft.ownerKind === 'member' && (
          <NativeSelect
            label={c.ownerMember}
            value={draft.ownerMemberId ?? ''}
            data={ownerOptions}
            onChange={(e) => set('ownerMemberId', e.currentTarget.value || null)}
            error={issue('ownerMemberId')}
            required
          />
        )}
        {draft.ownerKind !== 'member' && issue('ownerMemberId') && (
          <Alert color="red" variant="light" role="alert">
            {issue('ownerMemberId')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={c.supporting}
            description={t.common.optionalField}
            placeholder={f.supportingPlaceholder}
            value={draft.supporting}
            onChange={(e) => set('supporting', e.currentTarget.value)}
            error={issue('supporting')}
          />
          <TextInput
            ref={deadlineRef}
            label={c.deadline}
            placeholder={t.dates.datePlaceholder}
            description={parsedDeadline ? formatDateWithWeekday(parsedDeadline) : f.deadlineHint}
            inputMode="numeric"
            autoComplete="off"
            value={draft.deadlineText}
            onChange={(e) => set('deadlineText', e.currentTarget.value)}
            error={deadlineError ?? issue('deadline')}
          />
        </SimpleGrid>
        {area('expectedResult', c.expectedResult, f.expectedPlaceholder)}
        <TextInput
          label={c.monitor}
          placeholder={f.monitorPlaceholder}
          value={draft.monitor}
          onChange={(e) => set('monitor', e.currentTarget.value)}
          error={issue('monitor')}
        />
        {area('note', c.note)}
        <Group gap="sm" mt="xs">
          <Button type="submit" loading={busy && !conflict}>
            {item ? f.save : f.create}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ActionItemForm({ opened, ...rest }: ActionItemFormProps) {
  const f = t.actions.form;
  return (
    <AppDrawer opened={opened} onClose={rest.onClose} title={rest.item ? f.editTitle(rest.no) : f.addTitle} size="xl">
      {/* Keyed so each opening starts from the chosen item (or an empty form). */}
      {opened && <ItemForm key={rest.item?.id ?? 'new'} {...rest} />}
    </AppDrawer>
  );
}
