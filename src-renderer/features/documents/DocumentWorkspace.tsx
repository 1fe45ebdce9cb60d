// One document of a forum (one tab of the documents screen): its status and number, exports,
// adoption (with the vote for the resolution), amendments and versions; the sections' editors on
// the left and the A4 preview on the right.
import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { DocumentState, DocumentType } from '../../../src-main/contract/documents';
import type { LiveState } from '../../../src-main/contract/live';
import { ApiErrorView } from '../../components/ApiErrorView';
import { ConfirmModal } from '../../components/ConfirmModal';
import { AppModal } from '../../components/Dialogs';
import { PageSkeleton } from '../../components/Loading';
import { formatDateLong, t } from '../../i18n';
import { ActionPlanEditor } from '../actions/ActionPlanEditor';
import { autosaveRegistry } from '../live/autosave-core';
import classes from './Documents.module.css';
import { DocumentPreview } from './DocumentPreview';
import { ExportButtons } from './ExportButtons';
import { SectionEditor } from './SectionEditor';
import { documentQueryKey, useDocumentAction, useDocumentState, type DocumentAction } from './useDocuments';
import { VersionList } from './VersionList';
import { VotePanel } from './VotePanel';

/** A padlock (drawn: the system may have no emoji font). */
export function LockIcon({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
  );
}

/** Leaves the field being typed in (which saves it) and waits until every queued save settled. */
export function settleSaves(): Promise<void> {
  if (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement) document.activeElement.blur();
  return new Promise((resolve) => {
    // A blur's save is queued at once; look after the current task so it is counted.
    setTimeout(() => {
      if (autosaveRegistry.pending() === 0) return resolve();
      const stop = autosaveRegistry.subscribe(() => {
        if (autosaveRegistry.pending() === 0) {
          stop();
          resolve();
        }
      });
    }, 0);
  });
}

function StatusLine({ state }: { state: DocumentState }) {
  const s = t.documents.status;
  const cur = state.current;
  const adopted = cur.status === 'adopted';
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <Badge size="lg" color={adopted ? '#2b7a3b' : 'orange'} variant={adopted ? 'filled' : 'light'} data-status={cur.status}>
        {adopted ? t.documents.status.adopted : t.documents.status.draft}
      </Badge>
      {cur.numberText && (
        <Text fw={700} fz="lg" data-testid="document-number">
          {cur.numberText}
        </Text>
      )}
      {adopted && (
        <Badge size="lg" color="gray" variant="outline" leftSection={<LockIcon size={14} />}>
          {s.lockedShort}
        </Badge>
      )}
      {cur.adoptedAt && <Text c="dimmed">{t.documents.adopt.adoptedOn(formatDateLong(cur.adoptedAt))}</Text>}
      {state.versions.length > 1 && <Text c="dimmed">{s.versionOf(cur.versionNo)}</Text>}
      {cur.author && cur.status === 'draft' && <Text c="dimmed">{s.amendmentOf(cur.versionNo, cur.author)}</Text>}
    </Group>
  );
}

function AmendModal({ opened, onClose, onDone, forumId, typeCode, act }: {
  opened: boolean; onClose: () => void; onDone: () => void; forumId: string; typeCode: DocumentType; act: DocumentAction;
}) {
  const a = t.documents.amend;
  const [author, setAuthor] = useState('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; author?: string; note?: string } | null>(null);
  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      await act('document.amend', { forumId, typeCode, author, note });
      setAuthor('');
      setNote('');
      onDone();
    } catch (err) {
      const e = err as { message?: string; issueFor?: (p: string) => string | undefined };
      setError({ message: e.message ?? t.errors.unexpected, author: e.issueFor?.('author'), note: e.issueFor?.('note') });
    } finally {
      setSaving(false);
    }
  };
  return (
    <AppModal opened={opened} onClose={onClose} title={a.title} size="lg">
      <Stack gap="sm">
        <Text>{a.intro}</Text>
        <TextInput label={a.author} placeholder={a.authorPlaceholder} value={author} onChange={(e) => setAuthor(e.currentTarget.value)} error={error?.author} required data-autofocus />
        <Textarea label={a.note} placeholder={a.notePlaceholder} autosize minRows={3} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={error?.note} required />
        {error && !error.author && !error.note && (
          <Alert color="red" variant="light" role="alert">
            {error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button onClick={() => void submit()} loading={saving} disabled={author.trim() === '' || note.trim() === ''}>
            {a.submit}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

function Adoption({ state, forumId, typeCode, act, onNotice }: {
  state: DocumentState; forumId: string; typeCode: DocumentType; act: DocumentAction; onNotice: (text: string) => void;
}) {
  const a = t.documents.adopt;
  const [confirming, setConfirming] = useState(false);
  const [amending, setAmending] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const typeName = t.documents.types[typeCode];

  const adopt = async () => {
    setConfirming(false);
    setWorking(true);
    setError(null);
    try {
      await settleSaves();
      const next = await act('document.adopt', { forumId, typeCode });
      onNotice(a.done(next.current.numberText));
    } catch (err) {
      setError(err instanceof Error ? err.message : t.errors.unexpected);
    } finally {
      setWorking(false);
    }
  };

  if (!state.editable) {
    return (
      <Stack gap="xs">
        <Alert color="gray" variant="light" icon={<LockIcon size={20} />}>
          <Group justify="space-between" align="center" gap="sm" wrap="wrap">
            <Text>{t.documents.status.locked}</Text>
            <Button variant="default" onClick={() => setAmending(true)}>
              {t.documents.amend.button}
            </Button>
          </Group>
        </Alert>
        <AmendModal
          opened={amending}
          onClose={() => setAmending(false)}
          onDone={() => {
            setAmending(false);
            onNotice(t.documents.amend.done);
          }}
          forumId={forumId}
          typeCode={typeCode}
          act={act}
        />
      </Stack>
    );
  }
  const blocker = state.adoptBlocker;
  return (
    <Stack gap="xs">
      <Group gap="sm" align="center" wrap="wrap">
        <Button
          // Mantine's green under white text is below 4.5:1; the app's dark green (badges.tsx) is not.
          color="#2b7a3b"
          size="md"
          onClick={() => setConfirming(true)}
          disabled={blocker !== null}
          loading={working}
          aria-describedby={blocker ? `adopt-blocker-${typeCode}` : undefined}
        >
          {a[typeCode]}
        </Button>
        {blocker && (
          <Text id={`adopt-blocker-${typeCode}`} c="dimmed" style={{ flex: '1 1 18rem' }}>
            {a.blockedPrefix} {blocker}
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red" variant="light" title={a.failedTitle} role="alert" withCloseButton closeButtonLabel={t.common.close} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <ConfirmModal
        opened={confirming}
        title={a.confirmTitle(typeName)}
        message={a.confirmBody}
        confirmLabel={a.confirm}
        onConfirm={() => void adopt()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}

function Workspace({ state, stamp, forumId, cellId, typeCode, live }: {
  state: DocumentState; stamp: number; forumId: string; cellId: string; typeCode: DocumentType; live: LiveState;
}) {
  const act = useDocumentAction(forumId);
  const queryClient = useQueryClient();
  const [viewing, setViewing] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cur = state.current;
  const viewedVersion = viewing !== null && viewing !== cur.versionNo ? state.versions.find((v) => v.versionNo === viewing) ?? null : null;
  const latestVersion = () => queryClient.getQueryData<DocumentState>(documentQueryKey(forumId, typeCode))?.current.version ?? cur.version;
  const exportDraft = viewedVersion ? viewedVersion.status !== 'adopted' : cur.status !== 'adopted';

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
            <StatusLine state={state} />
            <ExportButtons forumId={forumId} typeCode={typeCode} versionNo={viewedVersion?.versionNo} draft={exportDraft} />
          </Group>
          <Adoption state={state} forumId={forumId} typeCode={typeCode} act={act} onNotice={setNotice} />
          {notice && (
            <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={() => setNotice(null)}>
              {notice}
            </Alert>
          )}
        </Stack>
      </Paper>

      {typeCode === 'KH' && (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="plan-items-title">
          <Title order={3} fz="1.125rem" id="plan-items-title" mb="sm">
            {t.documents.plan.itemsTitle}
          </Title>
          <ActionPlanEditor forumId={forumId} cellId={cellId} readOnly={!state.editable} />
        </Paper>
      )}

      <div className={classes.layout}>
        <div className={classes.left}>
          <Stack gap="md">
            {typeCode === 'NQ' && <VotePanel forumId={forumId} members={live.members} locked={!state.editable} act={act} />}
            {viewedVersion ? (
              <Alert color="blue" variant="light">
                <Group justify="space-between" gap="sm" align="center">
                  <Text>{t.documents.versions.viewingNote(viewedVersion.versionNo)}</Text>
                  <Button variant="default" onClick={() => setViewing(null)}>
                    {t.documents.versions.backToCurrent}
                  </Button>
                </Group>
              </Alert>
            ) : (
              <Stack gap="sm" component="section" aria-label={t.documents.editor.sectionsLabel}>
                {cur.sections.map((section) => (
                  <SectionEditor
                    key={`${cur.versionNo}:${section.key}`}
                    forumId={forumId}
                    typeCode={typeCode}
                    section={section}
                    docVersion={cur.version}
                    editable={state.editable}
                    act={act}
                    latestVersion={latestVersion}
                  />
                ))}
              </Stack>
            )}
            {state.versions.length > 0 && (
              <VersionList state={state} viewing={viewedVersion?.versionNo ?? null} onView={(n) => setViewing(n === cur.versionNo ? null : n)} />
            )}
          </Stack>
        </div>
        <DocumentPreview
          forumId={forumId}
          typeCode={typeCode}
          versionNo={viewedVersion?.versionNo}
          stamp={stamp}
        />
      </div>
    </Stack>
  );
}

export function DocumentWorkspace({ forumId, cellId, typeCode, live }: { forumId: string; cellId: string; typeCode: DocumentType; live: LiveState }) {
  const doc = useDocumentState(forumId, typeCode);
  if (doc.error) return <ApiErrorView error={doc.error} onRetry={() => void doc.refetch()} />;
  if (!doc.data) return <PageSkeleton rows={6} />;
  return <Workspace state={doc.data} stamp={doc.dataUpdatedAt} forumId={forumId} cellId={cellId} typeCode={typeCode} live={live} />;
}
