// React glue for the live forum: one `live.get` snapshot per forum, refetched when the core pushes
// 'live.changed' for that forum, and an action caller that writes without invalidating every query
// (useApiMutation does that; in a meeting it would refetch the whole app on each keystroke's save).
import { useCallback, useEffect } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApiClient, queryKeyOf, type ApiError, type Input, type MethodName, type Output } from '../../api';
import type { LiveState } from '../../../src-main/contract/live';

export const liveQueryKey = (forumId: string) => queryKeyOf('live.get', { forumId });
export const presenterQueryKey = (forumId: string) => queryKeyOf('presenter.get', { forumId });

/** Marks the live snapshot (and the projector's view) of one forum stale; mounted ones refetch. */
export function invalidateLive(queryClient: QueryClient, forumId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: liveQueryKey(forumId) }),
    queryClient.invalidateQueries({ queryKey: presenterQueryKey(forumId) }),
  ]).then(() => undefined);
}

/** Subscribes to 'live.changed' and invalidates only this forum's live.get / presenter.get queries. */
export function useLiveEvents(forumId: string): void {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.on('live.changed', (payload) => {
        if (payload.forumId === forumId) void invalidateLive(queryClient, forumId);
      }),
    [client, queryClient, forumId],
  );
}

/** How often a snapshot that failed to refresh is fetched again. */
export const STALE_RETRY_MS = 5000;

/** The live snapshot of a forum, kept fresh by push events. */
export function useLiveState(forumId: string) {
  const client = useApiClient();
  useLiveEvents(forumId);
  return useQuery<LiveState, ApiError, LiveState, ReturnType<typeof liveQueryKey>>({
    queryKey: liveQueryKey(forumId),
    queryFn: () => client.call('live.get', { forumId }),
    enabled: forumId !== '',
    // A failed refetch keeps the last snapshot on screen (see LivePage); try again until it heals.
    refetchInterval: (query) => (query.state.status === 'error' ? STALE_RETRY_MS : false),
  });
}

/** Methods whose answer is the whole snapshot: it is put in the cache at once. */
const RETURNS_STATE: ReadonlySet<MethodName> = new Set(['live.get', 'live.setPhase', 'live.setSettings', 'live.setRoles']);

function forumIdOf(input: unknown): string | undefined {
  if (typeof input === 'object' && input !== null && 'forumId' in input) {
    const id = (input as { forumId: unknown }).forumId;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

export type LiveAction = <M extends MethodName>(name: M, input: Input<M>) => Promise<Output<M>>;

/**
 * Calls a live method directly and then refreshes that forum's snapshot. Errors (ApiError) reach
 * the caller unchanged. `forumId` names the forum for methods whose input holds only a record id
 * (comment.update, queue.move…); without it the input's forumId is used, else every live snapshot.
 */
export function useLiveAction(forumId?: string): LiveAction {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useCallback(
    async <M extends MethodName>(name: M, input: Input<M>): Promise<Output<M>> => {
      const output = await client.call(name, input);
      const target = forumId ?? forumIdOf(input);
      if (target !== undefined && RETURNS_STATE.has(name)) queryClient.setQueryData(liveQueryKey(target), output as LiveState);
      if (target !== undefined) void invalidateLive(queryClient, target);
      else void queryClient.invalidateQueries({ queryKey: ['live.get'] });
      return output;
    },
    [client, queryClient, forumId],
  );
}
