// The documents of a forum (/cells/:cellId/forums/:forumId/documents[/:typeCode]): nghị quyết,
// biên bản, kế hoạch khắc phục and báo cáo as tabs; each is edited section by section beside its
// A4 preview, exported, and adopted. During the meeting the drafts follow what is recorded.
import { Alert, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import type { DocumentType } from '../../../src-main/contract/documents';
import { ApiErrorView, NotFoundView } from '../../components/ApiErrorView';
import { ForumStatusBadge } from '../../components/badges';
import { PageSkeleton } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateLong, t } from '../../i18n';
import { LeaveGuard } from '../live/autosave';
import { livePath } from '../live/LiveEntryButton';
import { useLiveState } from '../live/useLive';
import { CloseForumButton } from './CloseForumButton';
import { DocumentWorkspace } from './DocumentWorkspace';
import { DOCUMENT_TABS, documentsPath, isDocumentType } from './paths';
import { useForumDocumentEvents } from './useDocuments';

export default function DocumentsPage() {
  const { cellId = '', forumId = '', typeCode: typeParam } = useParams();
  const d = t.documents;
  const navigate = useNavigate();
  const live = useLiveState(forumId);
  useForumDocumentEvents(forumId);
  const typeCode: DocumentType = isDocumentType(typeParam) ? typeParam : 'NQ';
  usePageTitle(live.data ? `${d.types[typeCode]} — ${live.data.forum.topic}` : d.page.title);

  if (typeParam !== undefined && !isDocumentType(typeParam)) return <NotFoundView />;
  if (live.error) return <ApiErrorView error={live.error} onRetry={() => void live.refetch()} />;
  if (!live.data) return <PageSkeleton rows={8} />;
  const state = live.data;
  if (state.forum.cellId !== cellId) return <NotFoundView message={d.page.notInCell} />;
  const { forum } = state;

  return (
    <div style={{ maxWidth: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="md">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 28rem' }}>
          <Group gap="sm" align="center" wrap="wrap">
            <Title order={1} fz="1.375rem" lh={1.3}>
              {d.page.titleOf(forum.topic)}
            </Title>
            <ForumStatusBadge status={forum.status} />
          </Group>
          <Text c="dimmed">{d.page.subtitle(state.cellName, `${formatDateLong(forum.date)}, ${forum.startTime}`)}</Text>
        </Stack>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Button variant="default" component={Link} to={livePath(cellId, forumId)}>
            {d.page.backToLive}
          </Button>
          <Button variant="default" component={Link} to={`/cells/${cellId}/forums/${forumId}`}>
            {d.page.setup}
          </Button>
          {forum.status === 'in_progress' && state.phase === 'ket_luan' && <CloseForumButton cellId={cellId} forumId={forumId} />}
        </Group>
      </Group>
      {forum.status === 'draft' && (
        <Alert color="blue" variant="light" mb="md">
          {d.page.draftForum}
        </Alert>
      )}
      {forum.status === 'in_progress' && (
        <Text c="dimmed" mb="sm">
          {d.page.liveNote}
        </Text>
      )}
      <Tabs
        value={typeCode}
        onChange={(value) => value && isDocumentType(value) && navigate(documentsPath(cellId, forumId, value), { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={d.page.tabsLabel} mb="md">
          {DOCUMENT_TABS.map((code) => (
            <Tabs.Tab key={code} value={code} fz="md" fw={600}>
              {d.types[code]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {DOCUMENT_TABS.map((code) => (
          <Tabs.Panel key={code} value={code}>
            {code === typeCode && <DocumentWorkspace key={code} forumId={forumId} cellId={cellId} typeCode={code} live={state} />}
          </Tabs.Panel>
        ))}
      </Tabs>
      <LeaveGuard />
    </div>
  );
}
