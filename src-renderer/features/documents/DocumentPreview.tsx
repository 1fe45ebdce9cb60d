// The faithful A4 preview: the core's print view (document.export, format 'html' — the same page
// the PDF is printed from) in a sandboxed iframe (srcdoc; no scripts may run in it), scaled to the
// pane's width, laid out in A4 pages (paginate-preview.ts). It is fetched again, debounced, whenever
// the document's state was refreshed, and only a changed page replaces the one on screen (so the
// scroll position stays).
import { useEffect, useRef, useState } from 'react';
import { Group, Loader, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { DocumentType } from '../../../src-main/contract/documents';
import { useApiClient } from '../../api';
import { t } from '../../i18n';
import classes from './Documents.module.css';
import { base64ToText } from './ExportButtons';
import { paginatePreview } from './paginate-preview';

export const PREVIEW_DEBOUNCE_MS = 500;
/** The print view's natural width in CSS pixels: the A4 sheet (210 or 297 mm) and its grey margin. */
export const PORTRAIT_WIDTH_PX = 840;
export const LANDSCAPE_WIDTH_PX = 1180;
const A4_HEIGHT_PX = 1123;

export const isLandscapeHtml = (html: string) => /class="sheet landscape"/.test(html);

/** How much the page is scaled down to fit the pane (never up). */
export function previewScale(paneWidth: number, pageWidth: number): number {
  if (paneWidth <= 0 || pageWidth <= 0) return 1;
  return Math.min(1, paneWidth / pageWidth);
}

export interface DocumentPreviewProps {
  forumId: string;
  typeCode: DocumentType;
  versionNo?: number;
  /** Changes whenever the document's state was fetched or saved: the preview follows. */
  stamp: number;
}

export function DocumentPreview({ forumId, typeCode, versionNo, stamp }: DocumentPreviewProps) {
  const p = t.documents.preview;
  const client = useApiClient();
  const [html, setHtml] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [contentHeight, setContentHeight] = useState(A4_HEIGHT_PX);
  const [pages, setPages] = useState(0);
  const frame = useRef<HTMLIFrameElement>(null);
  const request = useRef(0);
  const hasHtml = html !== null;
  const { ref: pane, width } = useElementSize();

  useEffect(() => {
    const id = ++request.current;
    const timer = setTimeout(
      () => {
        setLoading(true);
        client
          .call('document.export', { forumId, typeCode, format: 'html', ...(versionNo === undefined ? {} : { versionNo }) })
          .then((file) => {
            if (id !== request.current) return;
            const text = base64ToText(file.base64);
            setHtml((previous) => (previous === text ? previous : text));
            setError(null);
          })
          .catch((err: unknown) => {
            if (id === request.current) setError(err instanceof Error ? err.message : p.failed);
          })
          .finally(() => {
            if (id === request.current) setLoading(false);
          });
      },
      hasHtml ? PREVIEW_DEBOUNCE_MS : 0,
    );
    return () => clearTimeout(timer);
    // hasHtml only picks the first delay; a new page is asked for when the stamp or version moves.
  }, [client, forumId, typeCode, versionNo, stamp]);

  const pageWidth = html !== null && isLandscapeHtml(html) ? LANDSCAPE_WIDTH_PX : PORTRAIT_WIDTH_PX;
  const scale = previewScale(width, pageWidth);

  const measure = () => {
    const doc = frame.current?.contentDocument;
    if (!doc?.documentElement) return;
    setPages(paginatePreview(doc));
    setContentHeight(Math.max(A4_HEIGHT_PX, doc.documentElement.scrollHeight));
  };

  const typeName = t.documents.types[typeCode];
  return (
    <div className={classes.previewPane}>
      <Group justify="space-between" align="center" mb={6} gap="xs" wrap="nowrap">
        <Text fw={700}>
          {p.title}
          {pages > 0 && <span data-preview-pages={pages}>{` · ${p.pages(pages)}`}</span>}
        </Text>
        <Group gap={6} aria-live="polite" wrap="nowrap">
          {loading && <Loader size="xs" aria-hidden="true" />}
          {loading && (
            <Text size="sm" c="dimmed">
              {hasHtml ? p.refreshing : p.loading}
            </Text>
          )}
        </Group>
      </Group>
      {error && (
        <Text c="red" size="sm" role="alert" mb={6}>
          {error}
        </Text>
      )}
      {/* The pane scrolls (the page is scaled inside it): reachable by keyboard to scroll it. */}
      <div className={classes.previewScroll} ref={pane} data-testid="document-preview" tabIndex={0} role="region" aria-label={p.frameTitle(typeName)}>
        <div className={classes.previewFrameBox} style={{ height: Math.ceil(contentHeight * scale) }}>
          {html !== null && (
            <iframe
              ref={frame}
              className={classes.previewFrame}
              title={p.frameTitle(typeName)}
              // No scripts: the page is static; same origin only so its height can be measured.
              sandbox="allow-same-origin"
              srcDoc={html}
              onLoad={measure}
              tabIndex={-1}
              style={{ width: pageWidth, height: contentHeight, transform: `scale(${scale})` }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
