// The action plan's writes: the call goes straight to the client and then marks stale only what
// shows action items (the lists, the review, the plan document drafted from them). The core's
// 'data.changed' push refreshes other windows; this makes the change show here at once.
import { useCallback } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApiClient, type Input, type MethodName, type Output } from '../../api';

const SHOWS_ACTIONS = (name: unknown) => typeof name === 'string' && (name.startsWith('action.') || name === 'document.get');

export function invalidateActions(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (q) => SHOWS_ACTIONS(q.queryKey[0]) });
}

type ActionMethod = Extract<MethodName, `action.${string}`>;
export type ActionCall = <M extends ActionMethod>(name: M, input: Input<M>) => Promise<Output<M>>;

/** Calls an action.* method; ApiError reaches the caller unchanged. */
export function useActionCall(): ActionCall {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useCallback(
    async <M extends ActionMethod>(name: M, input: Input<M>): Promise<Output<M>> => {
      const output = await client.call(name, input);
      void invalidateActions(queryClient);
      return output;
    },
    [client, queryClient],
  );
}
