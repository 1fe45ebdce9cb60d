// Hash routing: works the same under app:// (desktop) and http:// (browser mode, tests).
import { Suspense } from 'react';
import { createHashRouter, useRouteError } from 'react-router';
import { CenteredLoader } from '../components/Loading';
import { CrashView } from '../components/ErrorBoundary';
import { AppLayout } from './AppLayout';
import { SearchPage } from './pages';
import {
  BackupsPage, CataloguePage, CellEditPage, CellHomePage, CellNewPage, DocumentsPage, ForumSetupPage, ForumsPage, LivePage, MembersPage, NotFoundPage, PresenterPage, StartPage,
} from './pages';
import { MemberHistoryPage, ReportsPage } from './pages';

function RouteError() {
  const error = useRouteError();
  console.error('Route error', error);
  return <CrashView onReload={() => window.location.reload()} />;
}

export const routes = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'cells/new', element: <CellNewPage /> },
      { path: 'cells/:cellId', element: <CellHomePage /> },
      { path: 'cells/:cellId/edit', element: <CellEditPage /> },
      { path: 'cells/:cellId/members', element: <MembersPage /> },
      { path: 'cells/:cellId/members/:memberId/history', element: <MemberHistoryPage /> },
      { path: 'cells/:cellId/forums', element: <ForumsPage /> },
      { path: 'cells/:cellId/forums/new', element: <ForumSetupPage /> },
      { path: 'cells/:cellId/forums/:forumId', element: <ForumSetupPage /> },
      { path: 'cells/:cellId/forums/:forumId/live', element: <LivePage /> },
      { path: 'cells/:cellId/forums/:forumId/documents', element: <DocumentsPage /> },
      { path: 'cells/:cellId/forums/:forumId/documents/:typeCode', element: <DocumentsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'catalogue/:catalogueId', element: <CataloguePage /> },
      { path: 'settings/backups', element: <BackupsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    // The projector window: full screen, outside the app's layout (no navigation).
    path: '/present/:forumId',
    element: (
      <Suspense fallback={<CenteredLoader />}>
        <PresenterPage />
      </Suspense>
    ),
    errorElement: <RouteError />,
  },
];

export const createAppRouter = () => createHashRouter(routes);
