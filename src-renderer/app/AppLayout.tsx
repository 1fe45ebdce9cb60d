// The shell around every screen: header (name, colour scheme), navbar (cell + sections), <main>.
import { Suspense, useEffect, useMemo } from 'react';
import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, ScrollRestoration, useLocation, useMatch, useNavigate } from 'react-router';
import { useApiQuery, useLiveInvalidation } from '../api';
import { ColorSchemeToggle } from '../components/ColorSchemeToggle';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { CenteredLoader } from '../components/Loading';
import { NavbarView } from '../components/Navbar';
import { useSearchShortcut } from '../features/search/useSearchShortcut';
import { t } from '../i18n';
import classes from './AppLayout.module.css';
import { lastCellId, rememberCell, sameSectionIn } from './current-cell';

export function AppLayout() {
  useLiveInvalidation();
  useSearchShortcut();
  const [opened, { toggle, close }] = useDisclosure(false);
  // The layout sits above the cell routes, so it reads the cell from the URL itself.
  const cellMatch = useMatch('/cells/:cellId/*');
  const cellId = cellMatch && cellMatch.params.cellId !== 'new' ? cellMatch.params.cellId : undefined;
  // During a meeting the phase rail is the navigation: the app's navbar folds away (the burger
  // still opens it). The documents screen, editor beside an A4 preview, needs the width too.
  const livePage = useMatch('/cells/:cellId/forums/:forumId/live') !== null;
  const documentsPage = useMatch('/cells/:cellId/forums/:forumId/documents/*') !== null;
  const live = livePage || documentsPage;
  const location = useLocation();
  const navigate = useNavigate();
  const cells = useApiQuery('cell.list', {});

  useEffect(() => {
    if (cellId) rememberCell(cellId);
  }, [cellId]);

  const onStart = location.pathname === '/';
  const currentCell = useMemo(() => {
    const list = cells.data;
    if (!list || list.length === 0) return undefined;
    // The start page with several cells is the cell picker: no cell is "current" there.
    if (onStart && list.length > 1) return undefined;
    const wanted = cellId ?? lastCellId();
    return list.find((c) => c.id === wanted) ?? (cellId ? undefined : list[0]);
  }, [cells.data, cellId, onStart]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: live && !opened } }}
      padding="lg"
    >
      <a href="#main-content" className={classes.skipLink}
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t.nav.skipToContent}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom={live ? undefined : 'sm'}
              size="sm"
              aria-label={opened ? t.nav.closeMenu : t.nav.openMenu}
            />
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Text component="span" fw={700} fz="1.375rem">
                {t.app.name}
              </Text>
            </Anchor>
          </Group>
          <ColorSchemeToggle />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md" aria-label={t.nav.label}>
        <NavbarView
          cells={cells.data}
          currentCell={currentCell}
          pathname={location.pathname}
          onSelectCell={(id) => navigate(sameSectionIn(location.pathname, id))}
          onNavigate={close}
        />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <ErrorBoundary key={location.pathname}>
          <Suspense fallback={<CenteredLoader />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
      {/* A new screen starts at its top; Back returns to where the user was. */}
      <ScrollRestoration />
    </AppShell>
  );
}
