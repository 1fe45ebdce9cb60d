// The action plan of one forum (kế hoạch khắc phục), as the documents page's plan tab shows it:
// every item with the plan's columns, its progress and history; add, edit (version-checked), delete
// (asks once; refused once progress exists), take the members' "tự sửa" commitments, record progress.
import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { isApiError, useApiQuery } from '../../api';
import { ApiErrorView } from '../../components/ApiErrorView';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyHint } from '../../components/EmptyHint';
import { PageSkeleton } from '../../components/Loading';
import { t, todayIso } from '../../i18n';
import { shorten, splitReview, type ActionItem } from './action-helpers';
import { ActionItemForm } from './ActionItemForm';
import { ActionItemView } from './ActionItemView';
import { ProgressModal } from './ProgressModal';
import { useActionCall } from './useActions';

export interface ActionPlanEditorProps {
  forumId: string;
  cellId: string;
  /**
   * The plan's text is locked (an adopted plan): items cannot be added, edited or deleted. Progress
   * can still be recorded, since following the plan up is what happens after it is adopted.
   */
  readOnly?: boolean;
}

type Editing = { item: ActionItem | null; no: number } | null;

export function ActionPlanEditor({ forumId, cellId, readOnly = false }: ActionPlanEditorProps) {
  const a = t.actions;
  const call = useActionCall();
  const items = useApiQuery('action.list', { cellId, forumId, only: 'all' });
  const forum = useApiQuery('forum.get', { id: forumId });
  const catalogueId = forum.data?.catalogueId;
  const catalogue = useApiQuery('catalogue.get', { id: catalogueId }, { enabled: catalogueId !== undefined });
  const members = useApiQuery('member.list', { cellId, includeLeft: true });
  const [editing, setEditing] = useState<Editing>(null);
  const [progressOf, setProgressOf] = useState<ActionItem | null>(null);
  const [deleting, setDeleting] = useState<ActionItem | null>(null);
  const [busy, setBusy] = useState<'commitments' | 'delete' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const failed = [items, forum, members].find((q) => q.isError);
  if (failed) return <ApiErrorView error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!items.data || !forum.data || !members.data) return <PageSkeleton rows={3} />;

  const list = items.data;
  const memberList = members.data;
  const today = todayIso();
  const { overdue, done } = splitReview(list);

  const run = async (kind: 'commitments' | 'delete', work: () => Promise<string>) => {
    setBusy(kind);
    setNotice(null);
    setFailure(null);
    try {
      setNotice(await work());
    } catch (err) {
      setFailure(isApiError(err) ? (err.issues[0]?.message ?? err.message) : t.errors.unexpected);
    } finally {
      setBusy(null);
    }
  };

  const fromCommitments = () =>
    run('commitments', async () => {
      const after = await call('action.fromCommitments', { forumId });
      return a.plan.fromCommitmentsAdded(after.length - list.length);
    });

  const remove = (item: ActionItem) =>
    run('delete', async () => {
      try {
        await call('action.delete', { id: item.id });
      } finally {
        setDeleting(null);
      }
      return a.plan.deleted;
    });

  const toolbar = !readOnly && (
    <Group gap="sm" wrap="wrap">
      <Button onClick={() => setEditing({ item: null, no: list.length + 1 })}>{a.plan.add}</Button>
      <Tooltip label={a.plan.fromCommitmentsHint} multiline w={320} withArrow>
        <Button variant="light" loading={busy === 'commitments'} onClick={() => void fromCommitments()}>
          {a.plan.fromCommitments}
        </Button>
      </Tooltip>
    </Group>
  );

  return (
    <Stack gap="md" data-testid="action-plan">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Text>{readOnly ? a.plan.readOnlyNote : a.plan.intro}</Text>
          {list.length > 0 && (
            <Text fw={600} c={overdue.length > 0 ? 'var(--mantine-color-red-text)' : undefined}>
              {a.plan.count(list.length, done.length, overdue.length)}
            </Text>
          )}
          <Text role="status" c="var(--mantine-color-green-text)" fw={600}>
            {notice ?? ''}
          </Text>
        </Stack>
        {list.length > 0 && toolbar}
      </Group>
      {failure && (
        <Alert color="red" variant="light" role="alert" withCloseButton closeButtonLabel={t.common.close} onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}

      {list.length === 0 ? (
        readOnly ? (
          <Text c="dimmed">{a.plan.empty}</Text>
        ) : (
          <Stack gap="sm">
            <EmptyHint message={a.plan.empty} />
            {toolbar}
          </Stack>
        )
      ) : (
        <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }} aria-label={a.plan.listLabel}>
          {list.map((item, i) => (
            <li key={item.id}>
              <ActionItemView
                item={item}
                no={i + 1}
                today={today}
                actions={
                  <>
                    <Button variant="light" onClick={() => setProgressOf(item)} aria-label={a.progress.updateOf(shorten(item.shortcoming, 60))}>
                      {a.progress.update}
                    </Button>
                    {!readOnly && (
                      <Button variant="default" onClick={() => setEditing({ item, no: i + 1 })} aria-label={a.plan.editOf(i + 1)}>
                        {a.plan.edit}
                      </Button>
                    )}
                    {!readOnly && item.history.length === 0 && (
                      <Button variant="subtle" color="red" onClick={() => setDeleting(item)} aria-label={a.plan.deleteOf(i + 1)}>
                        {a.plan.delete}
                      </Button>
                    )}
                  </>
                }
              />
            </li>
          ))}
        </Stack>
      )}

      <ActionItemForm
        opened={editing !== null}
        forumId={forumId}
        item={editing?.item ?? null}
        no={editing?.no ?? list.length + 1}
        members={memberList}
        groups={catalogue.data?.groups ?? []}
        onClose={() => setEditing(null)}
        onSaved={(_saved, created) => {
          setEditing(null);
          setFailure(null);
          setNotice(created ? a.form.created : a.form.saved);
        }}
      />
      <ProgressModal
        item={progressOf}
        reviewedAt={null}
        onClose={() => setProgressOf(null)}
        onSaved={() => setNotice(a.progress.saved)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={a.plan.deleteTitle}
        message={deleting ? a.plan.deleteConfirm(shorten(deleting.shortcoming, 120)) : ''}
        confirmLabel={a.plan.deleteButton}
        loading={busy === 'delete'}
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </Stack>
  );
}
