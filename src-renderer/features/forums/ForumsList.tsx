import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { ForumSummary } from '../../api/types';
import { ForumStatusBadge } from '../../components/badges';
import { formatDateLong, t } from '../../i18n';
import { LiveEntryButton } from '../live/LiveEntryButton';

export function ForumsList({ forums, cellId }: { forums: ForumSummary[]; cellId: string }) {
  const c = t.forums.col;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t.forums.tableLabel} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{c.date}</Table.Th>
            <Table.Th scope="col">{c.topic}</Table.Th>
            <Table.Th scope="col">{c.status}</Table.Th>
            <Table.Th scope="col">{c.focus}</Table.Th>
            <Table.Th scope="col">{t.live.entry.col}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {forums.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateLong(f.date)}, {f.startTime}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/cells/${cellId}/forums/${f.id}`} fw={600}>
                  {f.topic}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ForumStatusBadge status={f.status} />
              </Table.Td>
              <Table.Td>{f.focusCount}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <LiveEntryButton cellId={cellId} forumId={f.id} status={f.status} topic={f.topic} variant={f.status === 'in_progress' ? 'filled' : 'default'} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
