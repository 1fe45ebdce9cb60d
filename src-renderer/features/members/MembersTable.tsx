import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Member } from '../../api/types';
import { MemberStatusBadge, PartyRoleBadge } from '../../components/badges';
import { t } from '../../i18n';
import classes from './MembersTable.module.css';

interface MembersTableProps {
  members: Member[];
  onEdit: (member: Member) => void;
}

/** The members in the order the API gives (Vietnamese order by given name). A row opens the editor. */
export function MembersTable({ members, onEdit }: MembersTableProps) {
  const c = t.members.col;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={t.members.tableLabel} highlightOnHover verticalSpacing="sm" className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{c.fullName}</Table.Th>
            <Table.Th scope="col">{c.birthYear}</Table.Th>
            <Table.Th scope="col">{c.status}</Table.Th>
            <Table.Th scope="col">{c.partyRole}</Table.Th>
            <Table.Th scope="col">{c.otherPositions}</Table.Th>
            <Table.Th scope="col">{c.exempt}</Table.Th>
            <Table.Th scope="col">{c.active}</Table.Th>
            <Table.Th scope="col">{t.reports.history.title}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr
              key={m.id}
              tabIndex={0}
              className={classes.row}
              data-left={!m.active || undefined}
              title={t.members.editRow(m.fullName)}
              onClick={() => onEdit(m)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onEdit(m);
                }
              }}
            >
              <Table.Td fw={600} className={classes.nowrap}>
                {m.fullName}
              </Table.Td>
              <Table.Td>{m.birthYear ?? ''}</Table.Td>
              <Table.Td className={classes.nowrap}>
                <MemberStatusBadge status={m.status} />
              </Table.Td>
              <Table.Td className={classes.nowrap}>
                <PartyRoleBadge role={m.partyRole} />
              </Table.Td>
              <Table.Td>{m.otherPositions}</Table.Td>
              <Table.Td>{m.exempt ? <strong>{t.common.yes}</strong> : <Text c="dimmed" component="span">{t.common.no}</Text>}</Table.Td>
              <Table.Td className={classes.nowrap}>
                {m.active ? t.members.activeYes : <Text c="dimmed" component="span">{t.members.activeNo}</Text>}
              </Table.Td>
              <Table.Td className={classes.nowrap}>
                {/* Its own link: opening the history must not open the editor of the row. */}
                <Anchor
                  component={Link}
                  to={`/cells/${m.cellId}/members/${m.id}/history`}
                  aria-label={t.reports.history.openFromListLabel(m.fullName)}
                  onClick={(e) => e.stopPropagation()}
                  onKeyDown={(e) => e.stopPropagation()}
                >
                  {t.reports.history.openFromList}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
