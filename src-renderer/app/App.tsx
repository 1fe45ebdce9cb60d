import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { RecoveryGate } from '../features/backups/RecoveryGate';
import { createQueryClient, Providers } from './Providers';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <Providers client={queryClient}>
      <ErrorBoundary>
        <RecoveryGate>
          <RouterProvider router={router} />
        </RecoveryGate>
      </ErrorBoundary>
    </Providers>
  );
}
