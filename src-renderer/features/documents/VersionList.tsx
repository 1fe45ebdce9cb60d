// Every version of a document: drafts and adopted versions with their number, date, and for an
// amendment who made it and why. Any version can be viewed in the preview and exported.
import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import type { DocumentState } from '../../../src-main/contract/documents';
import { formatDateShort, t } from '../../i18n';

export function VersionList({ state, viewing, onView }: { state: DocumentState; viewing: number | null; onView: (versionNo: number) => void }) {
  const v = t.documents.versions;
  const currentNo = state.current.versionNo;
  const shownNo = viewing ?? currentNo;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="versions-title">
      <Title order={3} fz="1.0625rem" id="versions-title" mb="sm">
        {v.title}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label={v.tableLabel} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{v.col.version}</Table.Th>
              <Table.Th scope="col">{v.col.status}</Table.Th>
              <Table.Th scope="col">{v.col.number}</Table.Th>
              <Table.Th scope="col">{v.col.date}</Table.Th>
              <Table.Th scope="col">{v.col.author}</Table.Th>
              <Table.Th scope="col">{v.col.actions}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...state.versions].reverse().map((version) => {
              const adopted = version.status === 'adopted';
              const date = version.adoptedAt ?? version.createdAt;
              return (
                <Table.Tr key={version.versionNo} data-version={version.versionNo}>
                  <Table.Td>
                    {version.versionNo}
                    {version.versionNo === currentNo && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        ({v.current})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={adopted ? 'green' : 'orange'} variant="light">
                      {adopted ? t.documents.status.adopted : t.documents.status.draft}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{version.numberText ?? v.none}</Table.Td>
                  <Table.Td>{date ? formatDateShort(date) : v.none}</Table.Td>
                  <Table.Td>{version.author ? `${version.author}: ${version.note}` : v.none}</Table.Td>
                  <Table.Td>
                    {version.versionNo === shownNo ? (
                      <Text size="sm" fw={600}>
                        {v.viewing}
                      </Text>
                    ) : (
                      <Button variant="subtle" size="compact-sm" onClick={() => onView(version.versionNo)}>
                        {v.view(version.versionNo)}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
