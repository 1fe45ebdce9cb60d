// One section of a document: its title, "Đã sửa tay" when edited by hand, "Soạn lại từ biên bản",
// and the rich-text editor that saves itself like the live fields (600 ms after the last change and
// on leaving it; saves of one document one after another; a collision keeps both texts).
import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Title, Tooltip } from '@mantine/core';
import type { DocumentSection, DocumentState, DocumentType } from '../../../src-main/contract/documents';
import { ConfirmModal } from '../../components/ConfirmModal';
import { t } from '../../i18n';
import { ConflictPanel, SaveStatus, useAutosaveField } from '../live/autosave';
import type { Versioned } from '../live/autosave-core';
import {
  blocksToText, FOLLOW_STEP, followVersion, nextFollow, realVersion, sameBlocks, startFollow, type BlockDto,
} from './blocks-doc';
import { BlocksView } from './BlocksView';
import classes from './Documents.module.css';
import { RichTextEditor } from './RichTextEditor';
import type { DocumentAction } from './useDocuments';

export const SECTION_SAVE_DELAY_MS = 600;

/** One registry key per document: its sections' saves run one after another with the newest version. */
export const documentSaveKey = (forumId: string, typeCode: DocumentType) => `doc:${forumId}:${typeCode}`;

/** Reads one section and the document's version from a CONFLICT's `current` (the document's current version). */
export function sectionOfCurrent(current: unknown, key: string): Versioned<BlockDto[]> | null {
  if (typeof current !== 'object' || current === null) return null;
  const c = current as { version?: unknown; sections?: unknown };
  if (typeof c.version !== 'number' || !Array.isArray(c.sections)) return null;
  const section = (c.sections as DocumentSection[]).find((s) => s?.key === key);
  return section ? { value: section.blocks, version: c.version * FOLLOW_STEP } : null;
}

export interface SectionEditorProps {
  forumId: string;
  typeCode: DocumentType;
  section: DocumentSection;
  /** The document's version in the latest state. */
  docVersion: number;
  editable: boolean;
  act: DocumentAction;
  /** The document's newest known version (after the pending saves), for a regeneration. */
  latestVersion: () => number;
}

export function SectionEditor({ forumId, typeCode, section, docVersion, editable, act, latestVersion }: SectionEditorProps) {
  const e = t.documents.editor;
  const [focused, setFocused] = useState(false);
  const [follow, setFollow] = useState(() => startFollow(docVersion, section.blocks));
  const [confirming, setConfirming] = useState(false);
  const [regenerating, setRegenerating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const field = useAutosaveField<BlockDto[]>({
    saveKey: documentSaveKey(forumId, typeCode),
    storedValue: follow.blocks,
    storedVersion: followVersion(follow),
    equals: sameBlocks,
    delayMs: SECTION_SAVE_DELAY_MS,
    save: async (blocks, baseVersion) => {
      const state: DocumentState = await act('document.saveSection', { forumId, typeCode, key: section.key, blocks, baseVersion: realVersion(baseVersion) });
      return { version: state.current.version * FOLLOW_STEP };
    },
    fromCurrent: (current) => sectionOfCurrent(current, section.key),
  });

  // A section nobody edited follows the record; while the user is in it, what is on screen stays.
  const engaged = focused || field.status === 'dirty' || field.status === 'saving' || field.conflict !== null;
  const next = nextFollow(follow, docVersion, section.blocks, engaged);
  if (next !== follow) setFollow(next);

  const regenerate = async () => {
    setConfirming(false);
    setError(null);
    setRegenerating(true);
    try {
      await field.flush();
      await act('document.regenerateSection', { forumId, typeCode, key: section.key, baseVersion: latestVersion() });
    } catch (err) {
      setError(err instanceof Error ? err.message : t.errors.unexpected);
    } finally {
      setRegenerating(false);
    }
  };

  const headingId = `section-${typeCode}-${section.key}`;
  return (
    <Paper withBorder radius="md" p="md" className={classes.sectionCard} aria-labelledby={headingId} component="section">
      <Stack gap="xs">
        <Group justify="space-between" align="center" wrap="wrap" gap="xs">
          <Group gap="xs" align="center" wrap="wrap">
            <Title order={3} fz="1.0625rem" id={headingId}>
              {section.title}
            </Title>
            {section.edited && (
              <Tooltip label={e.editedTitle} multiline w={280} withArrow>
                <Badge color="grape" variant="light" tabIndex={0}>
                  {e.edited}
                </Badge>
              </Tooltip>
            )}
          </Group>
          {editable && (
            <Button
              variant="subtle"
              size="compact-md"
              loading={regenerating}
              aria-label={e.regenerateOf(section.title)}
              onClick={() => (section.edited || field.status === 'dirty' ? setConfirming(true) : void regenerate())}
            >
              {e.regenerate}
            </Button>
          )}
        </Group>
        {editable ? (
          <>
            <RichTextEditor
              title={section.title}
              value={field.value}
              onChange={field.setValue}
              onFocus={() => {
                setFocused(true);
                field.onFocus();
              }}
              onBlur={() => {
                setFocused(false);
                field.onBlur();
              }}
            />
            <SaveStatus status={field.status} error={field.error} onRetry={() => void field.retry()} />
            {field.conflict && <ConflictPanel conflict={field.conflict} render={blocksToText} onResolve={(c) => void field.resolveConflict(c)} />}
          </>
        ) : (
          <div className={`${classes.editor} ${classes.prose}`} data-readonly>
            <BlocksView blocks={section.blocks} />
          </div>
        )}
        {error && (
          <Alert color="red" variant="light" title={e.actionFailed} role="alert" withCloseButton closeButtonLabel={t.common.close} onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={e.regenerateTitle}
        message={e.regenerateBody(section.title)}
        confirmLabel={e.regenerateConfirm}
        onConfirm={() => void regenerate()}
        onCancel={() => setConfirming(false)}
      />
    </Paper>
  );
}
