// DOCX, PDF (desktop: the print view printed to PDF and saved; browser: the print dialog on it)
// and, for the plan, XLSX. A draft is exported as a draft ("DỰ THẢO" on the page). Anything that
// takes over 300 ms shows that it is working.
import { useEffect, useState } from 'react';
import { Button, Group, Loader, Text } from '@mantine/core';
import type { DocumentType } from '../../../src-main/contract/documents';
import { base64ToBytes, useApiClient } from '../../api';
import { printInBrowser, savePdf } from '../../api/save-file';
import { saveWithNotice, useExportRun } from '../../components/useExportRun';
import { t } from '../../i18n';

export const PROGRESS_DELAY_MS = 300;
export type ExportKind = 'docx' | 'pdf' | 'xlsx';

/** The UTF-8 text of an exported file (the print view is HTML). */
export const base64ToText = (base64: string): string => new TextDecoder().decode(base64ToBytes(base64));

/** The export buttons a document type has. */
export const exportKindsOf = (typeCode: DocumentType): ExportKind[] => (typeCode === 'KH' ? ['docx', 'pdf', 'xlsx'] : ['docx', 'pdf']);

/** True `delayMs` after `active` turned true (and while it stays true). */
export function useDelayedFlag(active: boolean, delayMs = PROGRESS_DELAY_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [active, delayMs]);
  return active && shown;
}

export interface ExportButtonsProps {
  forumId: string;
  typeCode: DocumentType;
  versionNo?: number;
  draft: boolean;
}

export function ExportButtons({ forumId, typeCode, versionNo, draft }: ExportButtonsProps) {
  const x = t.documents.export;
  const client = useApiClient();
  const { run: runExport, busy, notice, error } = useExportRun<ExportKind>();
  const slow = useDelayedFlag(busy !== null);

  const run = (kind: ExportKind) =>
    runExport(kind, async () => {
      const file = await client.call('document.export', {
        forumId, typeCode, format: kind === 'pdf' ? 'html' : kind, ...(versionNo === undefined ? {} : { versionNo }),
      });
      if (kind === 'pdf' && client.transport === 'ipc') {
        // Desktop: printed to PDF by the main process and saved through the dialog.
        const result = await savePdf({ fileName: file.fileName.replace(/\.html$/, '.pdf'), html: base64ToText(file.base64) });
        return result.saved ? x.saved(result.path ?? file.fileName) : x.cancelled;
      }
      if (kind === 'pdf') {
        printInBrowser(base64ToText(file.base64), t.documents.export.pdf);
        return x.printing;
      }
      return saveWithNotice(file, client.transport, x);
    });

  const label: Record<ExportKind, string> = { docx: x.docx, pdf: x.pdf, xlsx: x.xlsx };
  const hint: Record<ExportKind, string> = { docx: x.docxTitle, pdf: x.pdfTitle, xlsx: x.xlsxTitle };
  return (
    <div>
      <Group gap="xs" role="group" aria-label={x.groupLabel} wrap="wrap">
        {exportKindsOf(typeCode).map((kind) => (
          <Button
            key={kind}
            variant="default"
            title={hint[kind]}
            loading={slow && busy === kind}
            disabled={busy !== null && busy !== kind}
            onClick={() => void run(kind)}
            data-export={kind}
          >
            {label[kind]}
          </Button>
        ))}
        {slow && (
          <Group gap={6} role="status">
            <Loader size="xs" aria-hidden="true" />
            <Text size="sm">{x.working}</Text>
          </Group>
        )}
      </Group>
      {draft && (
        <Text size="sm" c="dimmed" mt={4}>
          {x.draftNote}
        </Text>
      )}
      <Text size="sm" role="status" mt={notice || error ? 4 : 0} c={error ? 'var(--mantine-color-red-text)' : undefined} fw={error ? 600 : undefined}>
        {error ? `${x.failedTitle}: ${error}` : notice}
      </Text>
    </div>
  );
}
