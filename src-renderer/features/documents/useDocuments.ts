// React glue for the documents screen: one `document.get` per (forum, type), refreshed when the
// forum's record changes ('live.changed': the draft follows the meeting) and when any data changes
// (the app-wide 'data.changed' invalidation); writes that answer the document's state put it in the
// cache at once, without invalidating the whole app on every autosave.
import { useCallback, useEffect } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { queryKeyOf, useApiClient, type ApiError, type Input, type MethodName, type Output } from '../../api';
import type { DocumentState, DocumentType } from '../../../src-main/contract/documents';
import { invalidateLive } from '../live/useLive';

export const documentQueryKey = (forumId: string, typeCode: DocumentType) => queryKeyOf('document.get', { forumId, typeCode });
export const voteQueryKey = (forumId: string) => queryKeyOf('vote.get', { forumId });
export const reservationsQueryKey = (forumId: string) => queryKeyOf('reservation.list', { forumId });

/** Marks everything this screen shows of one forum stale; mounted queries refetch. */
export function invalidateForumDocuments(queryClient: QueryClient, forumId: string): Promise<void> {
  const ofForum = (name: MethodName) => ({
    predicate: (q: { queryKey: readonly unknown[] }) =>
      q.queryKey[0] === name && (q.queryKey[1] as { forumId?: unknown } | undefined)?.forumId === forumId,
  });
  return Promise.all([
    queryClient.invalidateQueries(ofForum('document.get')),
    queryClient.invalidateQueries(ofForum('vote.get')),
    queryClient.invalidateQueries(ofForum('reservation.list')),
    queryClient.invalidateQueries(ofForum('action.list')),
  ]).then(() => undefined);
}

/** Refetches this forum's documents when its record changes (the live flow pushes 'live.changed'). */
export function useForumDocumentEvents(forumId: string): void {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.on('live.changed', (payload) => {
        if (payload.forumId === forumId) void invalidateForumDocuments(queryClient, forumId);
      }),
    [client, queryClient, forumId],
  );
}

export function useDocumentState(forumId: string, typeCode: DocumentType) {
  const client = useApiClient();
  return useQuery<DocumentState, ApiError, DocumentState, ReturnType<typeof documentQueryKey>>({
    queryKey: documentQueryKey(forumId, typeCode),
    queryFn: () => client.call('document.get', { forumId, typeCode }),
    enabled: forumId !== '',
  });
}

/** Methods whose answer is the document's whole state. */
const RETURNS_DOCUMENT: ReadonlySet<MethodName> = new Set([
  'document.get', 'document.saveSection', 'document.regenerateSection', 'document.adopt', 'document.amend',
]);

export type DocumentAction = <M extends MethodName>(name: M, input: Input<M>) => Promise<Output<M>>;

/**
 * Calls a method for this forum's documents, puts a returned document state in the cache and
 * refreshes what depends on it. An autosave ('document.saveSection') refreshes nothing else: its
 * answer is all that changed, and the preview follows the document's state.
 */
export function useDocumentAction(forumId: string): DocumentAction {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useCallback(
    async <M extends MethodName>(name: M, input: Input<M>): Promise<Output<M>> => {
      const output = await client.call(name, input);
      if (RETURNS_DOCUMENT.has(name)) {
        const state = output as DocumentState;
        queryClient.setQueryData(documentQueryKey(state.forumId, state.typeCode), state);
      }
      if (name === 'document.saveSection') return output;
      if (name === 'forum.close' || name === 'vote.record' || name.startsWith('reservation.')) void invalidateLive(queryClient, forumId);
      void invalidateForumDocuments(queryClient, forumId);
      if (name === 'forum.close' || name === 'document.adopt' || name === 'document.amend') void queryClient.invalidateQueries();
      return output;
    },
    [client, queryClient, forumId],
  );
}
