// React glue over the client: queries keyed by [method, input], mutations, and live invalidation
// on every `data.changed` push event (simple and correct: refetch whatever is on screen).
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import {
  useMutation, useQuery, useQueryClient, type UseMutationOptions, type UseQueryOptions,
} from '@tanstack/react-query';
import { ApiError, getApiClient, type ApiClient, type Input, type MethodName, type Output } from './client';

const ApiClientContext = createContext<ApiClient | null>(null);

/** Lets tests (and the app) choose the client; without a provider the window's client is used. */
export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): ApiClient {
  return useContext(ApiClientContext) ?? getApiClient();
}

export const queryKeyOf = <M extends MethodName>(name: M, input: Input<M>) => [name, input] as const;

export type ApiQueryOptions<M extends MethodName> = Omit<
  UseQueryOptions<Output<M>, ApiError, Output<M>, readonly [M, Input<M>]>,
  'queryKey' | 'queryFn'
>;

export function useApiQuery<M extends MethodName>(name: M, input: Input<M>, options?: ApiQueryOptions<M>) {
  const client = useApiClient();
  return useQuery<Output<M>, ApiError, Output<M>, readonly [M, Input<M>]>({
    queryKey: queryKeyOf(name, input),
    queryFn: () => client.call(name, input),
    ...options,
  });
}

export type ApiMutationOptions<M extends MethodName> = Omit<UseMutationOptions<Output<M>, ApiError, Input<M>>, 'mutationFn'>;

export function useApiMutation<M extends MethodName>(name: M, options?: ApiMutationOptions<M>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Output<M>, ApiError, Input<M>>({
    mutationFn: (input) => client.call(name, input),
    ...options,
    onSuccess: async (...args) => {
      // Push events do the same, but a write must show at once even if the event is late or lost.
      void queryClient.invalidateQueries();
      await options?.onSuccess?.(...args);
    },
  });
}

/** Subscribes once to push events and invalidates every query on each change. */
export function useLiveInvalidation(): void {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useEffect(() => client.on('data.changed', () => void queryClient.invalidateQueries()), [client, queryClient]);
}
