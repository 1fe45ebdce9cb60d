// Asks the app once whether it runs normally or in recovery mode (the data file is damaged), and
// shows the recovery screen instead of the app in the latter case. The app.mode push switches
// either way while the window is open.
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApiClient, useApiQuery } from '../../api';
import { CenteredLoader } from '../../components/Loading';

const RecoveryScreen = lazy(() => import('./RecoveryScreen'));

export function RecoveryGate({ children }: { children: ReactNode }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const status = useApiQuery('recovery.status', {}, { staleTime: Infinity });

  // Entering or leaving recovery changes everything the app shows: refetch it all.
  useEffect(() => client.on('app.mode', () => void queryClient.invalidateQueries()), [client, queryClient]);

  if (status.isPending) return <CenteredLoader />;
  if (status.data?.mode === 'recovery') {
    return (
      <Suspense fallback={<CenteredLoader />}>
        <RecoveryScreen status={status.data} onRescan={() => void status.refetch()} rescanning={status.isFetching} />
      </Suspense>
    );
  }
  // An error asking (an older server, a lost connection) falls through to the app, which shows its own.
  return <>{children}</>;
}
