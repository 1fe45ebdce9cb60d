// Renders a view to HTML in plain Node (no DOM), inside the app's providers: the Mantine theme, a
// memory router, a query client and an API client that never answers (views are props-only; a
// container that calls the API just stays loading).
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ApiClientProvider, type ApiClient } from '../../src-renderer/api';
import { theme } from '../../src-renderer/theme/theme';

const silentClient: ApiClient = { transport: 'fake', call: () => new Promise(() => {}), on: () => () => {} };

export function renderHtml(ui: ReactElement): string {
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  return renderToStaticMarkup(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={new QueryClient()}>
        <ApiClientProvider client={silentClient}>
          <RouterProvider router={router} />
        </ApiClientProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

/** The markup's text: tags become spaces, runs of white space one space. */
export const textOf = (markup: string): string => markup.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ');
