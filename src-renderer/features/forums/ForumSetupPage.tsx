// Forum setup, new (/forums/new) or existing (/forums/:forumId). A closed forum is read-only.
import { useState } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api';
import type { Catalogue, Forum, Member } from '../../api/types';
import { ApiErrorView, NotFoundView } from '../../components/ApiErrorView';
import { ForumStatusBadge } from '../../components/badges';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useEditBase } from '../../components/useEditBase';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateLong, t, todayIso } from '../../i18n';
import { ForumForm, type ForumFormValues } from './ForumForm';
import { ForumReadOnlyView } from './ForumReadOnlyView';
import { LiveEntryButton } from '../live/LiveEntryButton';
import { documentsPath } from '../documents/paths';
import { TransferExportButton } from '../transfer/TransferExportButton';

const allNumbers = (c: Catalogue) => c.groups.flatMap((g) => g.indicators.map((i) => i.no));

/** Active members, plus an already chosen chair/secretary who has since left (so it still shows). */
function selectableMembers(members: Member[], forum?: Forum): Member[] {
  const chosen = new Set([forum?.chairMemberId, forum?.secretaryMemberId].filter(Boolean));
  return members.filter((m) => m.active || chosen.has(m.id));
}

const toFormValues = (f: Forum): ForumFormValues => ({
  topic: f.topic,
  date: f.date,
  startTime: f.startTime,
  place: f.place,
  basisDocuments: f.basisDocuments,
  chairMemberId: f.chairMemberId,
  secretaryMemberId: f.secretaryMemberId,
  guests: f.guests,
  focus: f.focus,
});

function NewForum({ cellId }: { cellId: string }) {
  usePageTitle(t.forums.newTitle);
  const navigate = useNavigate();
  const catalogue = useApiQuery('catalogue.get', {});
  const members = useApiQuery('member.list', { cellId, includeLeft: false });
  const cell = useApiQuery('cell.get', { id: cellId });
  const create = useApiMutation('forum.create', {
    onSuccess: (f) => navigate(`/cells/${cellId}/forums/${f.id}`, { replace: true, state: { notice: t.forums.created } }),
  });

  const failed = catalogue.error ?? members.error ?? cell.error;
  if (failed) return <ApiErrorView error={failed} />;
  if (!catalogue.data || !members.data || !cell.data) return <PageSkeleton rows={6} />;

  const chair = members.data.find((m) => m.partyRole === 'bi_thu');
  const initial: ForumFormValues = {
    topic: '',
    date: todayIso(),
    startTime: '08:00',
    place: '',
    basisDocuments: [],
    chairMemberId: chair?.id ?? null,
    secretaryMemberId: null,
    guests: [],
    focus: allNumbers(catalogue.data),
  };
  return (
    <>
      <PageHeader title={t.forums.newTitle} subtitle={cell.data.name} />
      <ForumForm
        initial={initial}
        catalogue={catalogue.data}
        members={selectableMembers(members.data)}
        readOnly={false}
        submitLabel={t.forums.createSubmit}
        submitting={create.isPending}
        error={create.error}
        onSubmit={(values) => create.mutate({ cellId, ...values })}
        extraActions={
          <Button variant="default" onClick={() => navigate(`/cells/${cellId}/forums`)}>
            {t.common.cancel}
          </Button>
        }
      />
    </>
  );
}

function ExistingForum({ cellId, forumId }: { cellId: string; forumId: string }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [transferError, setTransferError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const forum = useApiQuery('forum.get', { id: forumId });
  const { base, generation, reload } = useEditBase(forum.data);
  const catalogue = useApiQuery('catalogue.get', { id: base?.catalogueId }, { enabled: base !== undefined });
  const members = useApiQuery('member.list', { cellId, includeLeft: true });
  const update = useApiMutation('forum.update', {
    onSuccess: (f) => {
      setNotice(t.forums.updated);
      reload(f);
    },
  });
  const remove = useApiMutation('forum.delete', {
    onSuccess: () => navigate(`/cells/${cellId}/forums`, { replace: true }),
  });
  usePageTitle(base?.topic ?? t.forums.editTitle);

  if (forum.error) return <ApiErrorView error={forum.error} onRetry={() => void forum.refetch()} />;
  const failed = catalogue.error ?? members.error;
  if (failed) return <ApiErrorView error={failed} />;
  if (!base || !catalogue.data || !members.data) return <PageSkeleton rows={6} />;
  // A forum of another cell under this cell's URL is a stale or mistyped link.
  if (base.cellId !== cellId) return <NotFoundView />;

  const readOnly = base.status === 'closed';
  const loadLatest = async () => {
    const fresh = await forum.refetch();
    if (fresh.data) {
      update.reset();
      reload(fresh.data);
    }
  };

  return (
    <>
      <PageHeader
        title={base.topic}
        subtitle={`${formatDateLong(base.date)}, ${base.startTime}`}
        badges={<ForumStatusBadge status={base.status} />}
        actions={
          <>
            <LiveEntryButton cellId={cellId} forumId={base.id} status={base.status} size="md" />
            {base.status !== 'draft' && (
              <Button variant="default" size="md" component={Link} to={documentsPath(cellId, base.id)} aria-label={t.documents.entry.label}>
                {t.documents.entry.button}
              </Button>
            )}
            {base.status !== 'draft' && (
              <TransferExportButton
                cellId={cellId}
                forumId={base.id}
                size="md"
                onDone={(m) => { setTransferError(null); setNotice(m); }}
                onError={setTransferError}
              />
            )}
          </>
        }
      />
      <Stack gap="md">
        {transferError && (
          <Alert color="red" variant="light" role="alert" withCloseButton closeButtonLabel={t.common.close} onClose={() => setTransferError(null)}>
            {transferError}
          </Alert>
        )}
        {notice && (
          <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        )}
        {readOnly && (
          <Alert color="gray" variant="light" title={t.forums.viewTitle}>
            {t.forums.closedNote}
          </Alert>
        )}
        {base.status === 'in_progress' && (
          <Alert color="blue" variant="light">
            {t.forums.inProgressNote}
          </Alert>
        )}
        {readOnly ? (
          <>
            <ForumReadOnlyView forum={base} catalogue={catalogue.data} members={members.data} />
            <div>
              <Button variant="default" onClick={() => navigate(`/cells/${cellId}/forums`)}>
                {t.forums.backToList}
              </Button>
            </div>
          </>
        ) : (
          <ForumForm
            key={generation}
            initial={toFormValues(base)}
            catalogue={catalogue.data}
            members={selectableMembers(members.data, base)}
            readOnly={false}
            submitLabel={t.forums.save}
            submitting={update.isPending}
            error={update.error ?? remove.error}
            onSubmit={(values) => {
              setNotice(null);
              update.mutate({ id: base.id, version: base.version, ...values });
            }}
            onReload={() => void loadLatest()}
            extraActions={
              <>
                {base.status === 'draft' && (
                  <Button variant="outline" color="red" onClick={() => setConfirming(true)}>
                    {t.forums.delete}
                  </Button>
                )}
                <Button variant="default" onClick={() => navigate(`/cells/${cellId}/forums`)}>
                  {t.forums.backToList}
                </Button>
              </>
            }
          />
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t.forums.deleteConfirmTitle}
        message={t.forums.deleteConfirm}
        confirmLabel={t.forums.deleteConfirmButton}
        loading={remove.isPending}
        onConfirm={() => remove.mutate({ id: base.id }, { onSettled: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

export default function ForumSetupPage() {
  const { cellId = '', forumId } = useParams();
  return forumId ? <ExistingForum key={forumId} cellId={cellId} forumId={forumId} /> : <NewForum cellId={cellId} />;
}
