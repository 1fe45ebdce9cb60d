// The recorded comments, grouped by recipient (in review order, then the chi ủy, then the higher
// committee). Each carries its response (tiếp thu / giải trình + text, autosaved through
// comment.respond), can be edited in place (autosaved through comment.update) and deleted (asked
// once, with an undo).
import { memo, useCallback, useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import type { Comment, CommentTarget, LiveMember, LiveState, ResponseKind } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';
import { errorText } from './error-text';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ConflictPanel, SaveStatus, useAutosaveField, type Versioned } from '../autosave';
import { useLiveAction } from '../useLive';
import { membersById } from '../tu-soi/subjects';
import { indicatorOptions, TARGET_KINDS } from './CommentForm';

const norm = (s: string) => s.normalize('NFC').trim();

export interface CommentGroup {
  key: string;
  kind: CommentTarget;
  memberId: string | null;
  comments: Comment[];
}

/** Groups comments by recipient: members in review order (then by name), chi ủy, higher committee. */
export function groupComments(comments: readonly Comment[], reviewOrder: readonly string[]): CommentGroup[] {
  const groups = new Map<string, CommentGroup>();
  for (const c of [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const key = c.targetKind === 'member' ? `m:${c.targetMemberId}` : c.targetKind;
    let g = groups.get(key);
    if (!g) {
      g = { key, kind: c.targetKind, memberId: c.targetKind === 'member' ? c.targetMemberId : null, comments: [] };
      groups.set(key, g);
    }
    g.comments.push(c);
  }
  const rank = (g: CommentGroup) => {
    if (g.kind === 'chi_uy') return 100_000;
    if (g.kind === 'cap_tren') return 100_001;
    const i = g.memberId === null ? -1 : reviewOrder.indexOf(g.memberId);
    return i < 0 ? 99_999 : i;
  };
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

interface ResponseValue {
  kind: ResponseKind | null;
  text: string;
}
const responseOf = (current: unknown): Versioned<ResponseValue> | null => {
  if (typeof current !== 'object' || current === null) return null;
  const r = current as Partial<Comment>;
  if (typeof r.version !== 'number' || typeof r.responseText !== 'string') return null;
  return { value: { kind: r.responseKind ?? null, text: r.responseText }, version: r.version };
};
const sameResponse = (a: ResponseValue, b: ResponseValue) => a.kind === b.kind && norm(a.text) === norm(b.text);

interface EditValue {
  fromMemberId: string;
  targetKind: CommentTarget;
  targetMemberId: string | null;
  indicatorNo: number | null;
  text: string;
}
const editOf = (current: unknown): Versioned<EditValue> | null => {
  if (typeof current !== 'object' || current === null) return null;
  const r = current as Partial<Comment>;
  if (typeof r.version !== 'number' || typeof r.text !== 'string' || typeof r.fromMemberId !== 'string' || !r.targetKind) return null;
  return {
    value: { fromMemberId: r.fromMemberId, targetKind: r.targetKind, targetMemberId: r.targetMemberId ?? null, indicatorNo: r.indicatorNo ?? null, text: r.text },
    version: r.version,
  };
};
const sameEdit = (a: EditValue, b: EditValue) =>
  a.fromMemberId === b.fromMemberId &&
  a.targetKind === b.targetKind &&
  a.targetMemberId === b.targetMemberId &&
  a.indicatorNo === b.indicatorNo &&
  norm(a.text) === norm(b.text);

const saveKeyOf = (id: string) => `comment:${id}`;

function ResponseEditor({ comment, forumId, recipient, readOnly }: { comment: Comment; forumId: string; recipient: string; readOnly: boolean }) {
  const c = t.speech.comments;
  const action = useLiveAction(forumId);
  const save = useCallback(
    (v: ResponseValue, baseVersion: number) =>
      action('comment.respond', { id: comment.id, baseVersion, responseKind: v.kind, responseText: v.text }).then((r) => ({ version: r.version })),
    [action, comment.id],
  );
  const field = useAutosaveField<ResponseValue>({
    saveKey: saveKeyOf(comment.id),
    storedValue: useMemo(() => ({ kind: comment.responseKind, text: comment.responseText }), [comment.responseKind, comment.responseText]),
    storedVersion: comment.version,
    save,
    fromCurrent: responseOf,
    equals: sameResponse,
  });
  const v = field.value;
  return (
    <Stack gap={6} pl="md" style={{ borderLeft: '3px solid var(--mantine-color-default-border)' }}>
      <Radio.Group
        label={c.responseOf(recipient)}
        value={v.kind ?? ''}
        onChange={(kind) => field.setValue({ ...v, kind: kind === '' ? null : (kind as ResponseKind) })}
        readOnly={readOnly}
      >
        <Group gap="lg" mt={4}>
          <Radio value="" label={c.responseNone} />
          <Radio value="tiep_thu" label={c.responseKinds.tiep_thu} color="green" />
          <Radio value="giai_trinh" label={c.responseKinds.giai_trinh} color="orange" />
        </Group>
      </Radio.Group>
      {(v.kind !== null || v.text !== '') && (
        <Textarea
          label={c.responseText}
          placeholder={c.responsePlaceholder}
          autosize
          minRows={1}
          maxRows={8}
          value={v.text}
          readOnly={readOnly}
          onChange={(e) => field.setValue({ ...v, text: e.currentTarget.value })}
          onFocus={field.onFocus}
          onBlur={field.onBlur}
        />
      )}
      {!readOnly && <SaveStatus status={field.status} error={field.error} onRetry={() => void field.retry()} />}
      {field.conflict && (
        <ConflictPanel
          conflict={field.conflict}
          onResolve={(choice) => void field.resolveConflict(choice)}
          render={(r) => `${r.kind ? c.responseKinds[r.kind] : c.responseNone}${r.text ? `: ${r.text}` : ''}`}
        />
      )}
    </Stack>
  );
}

function CommentEditor({ comment, state, forumId, onDone }: { comment: Comment; state: LiveState; forumId: string; onDone: () => void }) {
  const c = t.speech.comments;
  const action = useLiveAction(forumId);
  const save = useCallback(
    (v: EditValue, baseVersion: number) => action('comment.update', { id: comment.id, baseVersion, ...v }).then((r) => ({ version: r.version })),
    [action, comment.id],
  );
  const stored = useMemo<EditValue>(
    () => ({
      fromMemberId: comment.fromMemberId,
      targetKind: comment.targetKind,
      targetMemberId: comment.targetMemberId,
      indicatorNo: comment.indicatorNo,
      text: comment.text,
    }),
    [comment.fromMemberId, comment.targetKind, comment.targetMemberId, comment.indicatorNo, comment.text],
  );
  const field = useAutosaveField<EditValue>({
    saveKey: saveKeyOf(comment.id),
    storedValue: stored,
    storedVersion: comment.version,
    save,
    fromCurrent: editOf,
    equals: sameEdit,
  });
  const v = field.value;
  const set = (patch: Partial<EditValue>) => field.setValue({ ...v, ...patch });
  const memberOptions = state.members.map((m) => ({ value: m.id, label: m.fullName }));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select label={c.from} data={memberOptions} value={v.fromMemberId} onChange={(id) => id && set({ fromMemberId: id })} searchable allowDeselect={false} />
        <Select
          label={c.indicator}
          placeholder={c.indicatorNone}
          data={indicatorOptions(state.indicators)}
          value={v.indicatorNo === null ? null : String(v.indicatorNo)}
          onChange={(no) => set({ indicatorNo: no === null ? null : Number(no) })}
          searchable
          clearable
        />
      </SimpleGrid>
      <Radio.Group
        label={c.targetKind}
        value={v.targetKind}
        onChange={(k) => set({ targetKind: k as CommentTarget, targetMemberId: k === 'member' ? (v.targetMemberId ?? comment.targetMemberId) : null })}
      >
        <Group gap="lg" mt={4}>
          {TARGET_KINDS.map((k) => (
            <Radio key={k} value={k} label={c.targetKinds[k]} />
          ))}
        </Group>
      </Radio.Group>
      {v.targetKind === 'member' && (
        <Select
          label={c.targetMember}
          placeholder={c.targetMemberPlaceholder}
          data={memberOptions.filter((m) => m.value !== v.fromMemberId)}
          value={v.targetMemberId}
          onChange={(id) => set({ targetMemberId: id })}
          searchable
        />
      )}
      <Textarea
        label={c.text}
        autosize
        minRows={2}
        maxRows={12}
        value={v.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        onFocus={field.onFocus}
        onBlur={field.onBlur}
        styles={{ input: { fontSize: '1.0625rem' } }}
      />
      <Group justify="space-between" gap="sm">
        <SaveStatus status={field.status} error={field.error} onRetry={() => void field.retry()} />
        <Button
          variant="default"
          onClick={() => {
            void field.flush();
            onDone();
          }}
        >
          {c.doneEditing}
        </Button>
      </Group>
      {field.conflict && (
        <ConflictPanel conflict={field.conflict} onResolve={(choice) => void field.resolveConflict(choice)} render={(e) => e.text} />
      )}
    </Stack>
  );
}

interface CardProps {
  comment: Comment;
  n: number;
  state: LiveState;
  forumId: string;
  members: ReadonlyMap<string, LiveMember>;
  readOnly: boolean;
  onDelete: (comment: Comment) => void;
}

function recipientName(comment: Pick<Comment, 'targetKind' | 'targetMemberId'>, members: ReadonlyMap<string, LiveMember>) {
  const c = t.speech.comments;
  if (comment.targetKind === 'chi_uy') return c.chiUy;
  if (comment.targetKind === 'cap_tren') return c.capTren;
  return c.recipientNoun(members.get(comment.targetMemberId ?? '')?.fullName ?? t.speech.unknownMember);
}

function CommentCardImpl({ comment, n, state, forumId, members, readOnly, onDelete }: CardProps) {
  const c = t.speech.comments;
  const [editing, setEditing] = useState(false);
  const from = members.get(comment.fromMemberId)?.fullName ?? t.speech.unknownMember;
  const indicator = comment.indicatorNo === null ? undefined : state.indicators.find((i) => i.no === comment.indicatorNo);
  return (
    <Paper withBorder radius="md" p="sm" component="li" data-comment={comment.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap="xs">
            <Text c="dimmed" fw={600}>
              {n}.
            </Text>
            <Text fw={700}>{c.fromLine(from)}</Text>
            {comment.indicatorNo !== null && (
              <Badge variant="light" color="blue" title={indicator?.text}>
                {c.aboutIndicator(comment.indicatorNo)}
              </Badge>
            )}
          </Group>
          {!readOnly && !editing && (
            <Group gap={4} wrap="nowrap">
              <Button variant="subtle" size="compact-md" onClick={() => setEditing(true)} aria-label={c.editOf(n)}>
                {c.edit}
              </Button>
              <Button variant="subtle" color="red" size="compact-md" onClick={() => onDelete(comment)} aria-label={c.deleteOf(n)}>
                {c.delete}
              </Button>
            </Group>
          )}
        </Group>
        {editing ? (
          <CommentEditor comment={comment} state={state} forumId={forumId} onDone={() => setEditing(false)} />
        ) : (
          <Text fz="1.0625rem" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {comment.text}
          </Text>
        )}
        {!editing && <ResponseEditor comment={comment} forumId={forumId} recipient={recipientName(comment, members)} readOnly={readOnly} />}
      </Stack>
    </Paper>
  );
}

const CommentCard = memo(
  CommentCardImpl,
  (a, b) =>
    a.comment.version === b.comment.version &&
    a.comment.id === b.comment.id &&
    a.n === b.n &&
    a.readOnly === b.readOnly &&
    a.members === b.members &&
    a.state.indicators === b.state.indicators &&
    a.onDelete === b.onDelete,
);

export function CommentList({ state, forumId, readOnly }: { state: LiveState; forumId: string; readOnly: boolean }) {
  const c = t.speech.comments;
  const action = useLiveAction(forumId);
  const members = useMemo(() => membersById(state.members), [state.members]);
  const groups = useMemo(() => groupComments(state.comments, state.reviewOrder), [state.comments, state.reviewOrder]);
  const [confirming, setConfirming] = useState<Comment | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleted, setDeleted] = useState<Comment | null>(null);
  const [message, setMessage] = useState<{ text: string; color: string } | null>(null);

  const onDelete = useCallback((comment: Comment) => setConfirming(comment), []);
  const confirmDelete = async () => {
    if (!confirming) return;
    setDeleting(true);
    try {
      await action('comment.delete', { id: confirming.id });
      setDeleted(confirming);
      setMessage(null);
      setConfirming(null);
    } catch (e) {
      setMessage({ color: 'red', text: `${c.failed} ${errorText(e)}` });
      setConfirming(null);
    } finally {
      setDeleting(false);
    }
  };
  const undo = async () => {
    const old = deleted;
    if (!old) return;
    setDeleted(null);
    try {
      const added = await action('comment.add', {
        forumId,
        fromMemberId: old.fromMemberId,
        targetKind: old.targetKind,
        targetMemberId: old.targetMemberId,
        indicatorNo: old.indicatorNo,
        text: old.text,
      });
      if (old.responseKind !== null || old.responseText !== '') {
        await action('comment.respond', { id: added.id, baseVersion: added.version, responseKind: old.responseKind, responseText: old.responseText });
      }
      setMessage({ color: 'green', text: c.restored });
    } catch (e) {
      setMessage({ color: 'red', text: `${c.failed} ${errorText(e)}` });
    }
  };

  let n = 0;
  return (
    <Stack gap="md" component="section" aria-labelledby="comments-title">
      <Group justify="space-between">
        <Title order={3} id="comments-title" fz="lg">
          {c.listTitle}
        </Title>
        <Text c="dimmed">{c.count(state.comments.length)}</Text>
      </Group>
      <div role="status">
        {deleted && (
          <Alert color="gray" variant="light">
            <Group justify="space-between" gap="sm">
              <Text>{c.deleted}</Text>
              <Button variant="default" size="compact-md" onClick={() => void undo()}>
                {c.undo}
              </Button>
            </Group>
          </Alert>
        )}
        {message && (
          <Alert color={message.color} variant="light" withCloseButton closeButtonLabel={t.common.close} onClose={() => setMessage(null)}>
            {message.text}
          </Alert>
        )}
      </div>
      {groups.length === 0 && <Text c="dimmed">{c.emptyList}</Text>}
      {groups.map((g) => {
        const title =
          g.kind === 'chi_uy' ? c.groupChiUy : g.kind === 'cap_tren' ? c.groupCapTren : c.groupMember(members.get(g.memberId ?? '')?.fullName ?? t.speech.unknownMember);
        const id = `comments-${g.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
        return (
          <Stack key={g.key} gap="xs" component="section" aria-labelledby={id}>
            <Group gap="xs">
              <Title order={4} id={id} fz="md">
                {title}
              </Title>
              <Badge variant="outline" color="gray">
                {g.comments.length}
              </Badge>
            </Group>
            <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
              {g.comments.map((comment) => {
                n += 1;
                return (
                  <CommentCard
                    key={comment.id}
                    comment={comment}
                    n={n}
                    state={state}
                    forumId={forumId}
                    members={members}
                    readOnly={readOnly}
                    onDelete={onDelete}
                  />
                );
              })}
            </Stack>
          </Stack>
        );
      })}
      <ConfirmModal
        opened={confirming !== null}
        title={c.deleteTitle}
        message={
          confirming
            ? c.deleteBody(members.get(confirming.fromMemberId)?.fullName ?? t.speech.unknownMember, recipientName(confirming, members))
            : ''
        }
        confirmLabel={c.deleteConfirm}
        loading={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setConfirming(null)}
      />
    </Stack>
  );
}
