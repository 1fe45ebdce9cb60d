import { useState } from 'react';
import { Alert, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../api';
import type { Member } from '../../api/types';
import { ApiErrorView } from '../../components/ApiErrorView';
import { EmptyHint } from '../../components/EmptyHint';
import { PageSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { t } from '../../i18n';
import { MemberDrawer, type MemberFormValues } from './MemberDrawer';
import { MembersTable } from './MembersTable';
import { RosterExportMenu } from './RosterExportMenu';
import { RosterImportModal } from './RosterImportModal';

export default function MembersPage() {
  usePageTitle(t.members.title);
  const { cellId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [showLeft, setShowLeft] = useState(false);
  // ?them=1 (from the cell home's empty state) opens the add form straight away.
  const [drawer, setDrawer] = useState<{ member: Member | null } | null>(params.get('them') ? { member: null } : null);
  const [notice, setNotice] = useState<string | null>(null);
  const [rosterError, setRosterError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const cell = useApiQuery('cell.get', { id: cellId });
  const members = useApiQuery('member.list', { cellId, includeLeft: showLeft }, { placeholderData: (previous) => previous });
  const create = useApiMutation('member.create');
  const update = useApiMutation('member.update');
  const saving = drawer?.member ? update : create;

  const open = (member: Member | null) => {
    create.reset();
    update.reset();
    setNotice(null);
    setDrawer({ member });
  };
  const close = () => {
    setDrawer(null);
    if (params.get('them')) setParams({}, { replace: true });
  };

  const save = (values: MemberFormValues) => {
    const current = drawer?.member;
    if (current) {
      update.mutate(
        { id: current.id, version: current.version, ...values },
        { onSuccess: (m) => { setNotice(t.members.updated(m.fullName)); close(); } },
      );
    } else {
      create.mutate(
        { cellId, ...values },
        { onSuccess: (m) => { setNotice(t.members.added(m.fullName)); close(); } },
      );
    }
  };

  if (cell.isError) return <ApiErrorView error={cell.error} onRetry={() => void cell.refetch()} />;
  const counts = cell.data?.memberCounts;
  const noMembersAtAll = counts !== undefined && counts.total === 0 && counts.left === 0;

  return (
    <>
      <PageHeader
        title={t.members.title}
        subtitle={cell.data?.name}
        actions={
          <Group gap="sm">
            <Button variant="default" onClick={() => { setNotice(null); setImporting(true); }}>{t.rosters.importButton}</Button>
            {!noMembersAtAll && <RosterExportMenu cellId={cellId} onDone={(m) => { setRosterError(null); setNotice(m); }} onError={setRosterError} />}
            {!noMembersAtAll && <Button onClick={() => open(null)}>{t.members.add}</Button>}
          </Group>
        }
      />
      <Stack gap="md">
        {notice && (
          <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        )}
        {rosterError && (
          <Alert color="red" variant="light" role="alert" withCloseButton closeButtonLabel={t.common.close} onClose={() => setRosterError(null)}>
            {rosterError}
          </Alert>
        )}
        {noMembersAtAll ? (
          <EmptyHint message={t.members.empty} actionLabel={t.members.add} onAction={() => open(null)} />
        ) : (
          <>
            <Group justify="space-between" wrap="wrap">
              <Switch
                label={t.members.showLeft}
                checked={showLeft}
                onChange={(e) => setShowLeft(e.currentTarget.checked)}
              />
              <Text c="dimmed">
                {t.members.rowHint}
              </Text>
            </Group>
            {members.isError ? (
              <ApiErrorView error={members.error} onRetry={() => void members.refetch()} />
            ) : members.isPending ? (
              <PageSkeleton rows={6} />
            ) : members.data.length === 0 ? (
              <Text c="dimmed">{t.members.emptyActive}</Text>
            ) : (
              <MembersTable members={members.data} onEdit={(m) => open(m)} />
            )}
          </>
        )}
      </Stack>
      <RosterImportModal
        cellId={cellId}
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={(n) => setNotice(t.rosters.imported(n))}
      />
      <MemberDrawer
        opened={drawer !== null}
        member={drawer?.member ?? null}
        submitting={saving.isPending}
        error={saving.error}
        onSubmit={save}
        onClose={close}
      />
    </>
  );
}
