// The left rail: which cell we are in, its sections, the catalogue, and "add a cell".
import { Button, Divider, NativeSelect, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Cell } from '../api/types';
import { t } from '../i18n';
import { SampleBadge } from './badges';

export interface NavbarViewProps {
  cells: Cell[] | undefined;
  currentCell: Cell | undefined;
  pathname: string;
  onSelectCell: (cellId: string) => void;
  onNavigate?: () => void;
}

function isActive(pathname: string, to: string, exact: boolean): boolean {
  return exact ? pathname === to : pathname === to || pathname.startsWith(to + '/');
}

export function NavbarView({ cells, currentCell, pathname, onSelectCell, onNavigate }: NavbarViewProps) {
  const link = (to: string, label: string, exact = false) => {
    const active = isActive(pathname, to, exact);
    return (
      <NavLink
        key={to}
        component={Link}
        to={to}
        label={label}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
        styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
      />
    );
  };
  const base = currentCell ? `/cells/${currentCell.id}` : null;

  return (
    <Stack gap="sm" h="100%">
      {currentCell && cells && cells.length > 1 && (
        <NativeSelect
          label={t.nav.currentCell}
          value={currentCell.id}
          onChange={(e) => onSelectCell(e.currentTarget.value)}
          data={cells.map((c) => ({ value: c.id, label: c.name }))}
        />
      )}
      {currentCell && cells && cells.length <= 1 && (
        <Stack gap={4}>
          <Text c="dimmed" fw={600}>
            {t.nav.currentCell}
          </Text>
          <Text fw={700} size="lg">
            {currentCell.name}
          </Text>
          {currentCell.isSample && (
            <div>
              <SampleBadge />
            </div>
          )}
        </Stack>
      )}
      {currentCell && cells && cells.length > 1 && currentCell.isSample && (
        <div>
          <SampleBadge />
        </div>
      )}
      <ScrollArea style={{ flex: 1 }} type="auto">
        {/* The surrounding AppShell.Navbar is the <nav> landmark. */}
        {base && (
          <>
            {link(base, t.nav.cellHome, true)}
            {link(`${base}/members`, t.nav.members)}
            {link(`${base}/forums`, t.nav.forums)}
          </>
        )}
        {link('/reports', t.reports.nav)}
        {link('/search', t.search.nav)}
        {link('/catalogue', t.nav.catalogue)}
        {link('/settings/backups', t.backups.navLabel)}
      </ScrollArea>
      <Divider />
      <Button variant="light" component={Link} to="/cells/new" onClick={onNavigate}>
        {t.nav.addCell}
      </Button>
    </Stack>
  );
}
