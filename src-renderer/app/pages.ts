// Every screen is its own chunk: the first paint loads the shell only.
import { lazy } from 'react';

export const StartPage = lazy(() => import('../features/welcome/StartPage'));
export const CellNewPage = lazy(() => import('../features/cells/CellNewPage'));
export const CellEditPage = lazy(() => import('../features/cells/CellEditPage'));
export const CellHomePage = lazy(() => import('../features/cells/CellHomePage'));
export const MembersPage = lazy(() => import('../features/members/MembersPage'));
export const ForumsPage = lazy(() => import('../features/forums/ForumsPage'));
export const ForumSetupPage = lazy(() => import('../features/forums/ForumSetupPage'));
export const LivePage = lazy(() => import('../features/live/LivePage'));
export const DocumentsPage = lazy(() => import('../features/documents/DocumentsPage'));
export const PresenterPage = lazy(() => import('../features/live/present/PresenterPage'));
export const CataloguePage = lazy(() => import('../features/catalogue/CataloguePage'));
export const SearchPage = lazy(() => import('../features/search/SearchPage'));
export const BackupsPage = lazy(() => import('../features/backups/BackupsPage'));
export const NotFoundPage = lazy(() => import('../features/welcome/NotFoundPage'));
export const MemberHistoryPage = lazy(() => import('../features/reports/MemberHistoryPage'));
export const ReportsPage = lazy(() => import('../features/reports/ReportsPage'));
