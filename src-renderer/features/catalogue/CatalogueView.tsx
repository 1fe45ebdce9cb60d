import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Catalogue, CatalogueSummary, Indicator } from '../../api/types';
import { VerificationBadge } from '../../components/badges';
import { PageHeader } from '../../components/PageHeader';
import { formatDateShort, t } from '../../i18n';

interface CatalogueViewProps {
  catalogue: Catalogue;
  versions: CatalogueSummary[] | undefined;
  latestVersion: number | undefined;
  onRevise: (indicator: Indicator) => void;
}

export function CatalogueView({ catalogue, versions, latestVersion, onRevise }: CatalogueViewProps) {
  const editable = catalogue.isLatest;
  return (
    <>
      <PageHeader
        title={t.catalogue.title}
        subtitle={catalogue.title}
        badges={
          <Badge color={editable ? 'blue' : 'gray'} variant="light">
            {t.catalogue.versionLabel(catalogue.version)}
          </Badge>
        }
      />
      <Stack gap="lg">
        <Text>
          <Text span fw={600}>
            {t.catalogue.source}:
          </Text>{' '}
          {catalogue.source}
        </Text>
        {!editable && latestVersion !== undefined && (
          <Alert color="gray" variant="light">
            <Stack gap="xs" align="flex-start">
              <Text>{t.catalogue.readOnlyNote(latestVersion)}</Text>
              <Anchor component={Link} to="/catalogue">
                {t.catalogue.viewLatest}
              </Anchor>
            </Stack>
          </Alert>
        )}
        <Alert color="yellow" variant="light" title={t.catalogue.legendTitle}>
          <Stack gap="xs">
            <Text>{t.catalogue.legend}</Text>
            <Text fw={600}>{t.catalogue.officialSummary(catalogue.officialCount, catalogue.indicatorCount)}</Text>
          </Stack>
        </Alert>

        {catalogue.groups.map((group) => (
          <Paper key={group.code} withBorder radius="md" p="lg" component="section" aria-labelledby={`cat-group-${group.code}`}>
            <Title order={2} id={`cat-group-${group.code}`} mb="md">
              {t.focus.groupTitle(group.code, group.title)}
            </Title>
            <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
              {group.indicators.map((item) => (
                <li key={item.no} aria-label={t.catalogue.itemNo(item.no)}>
                  <Group align="flex-start" wrap="nowrap" gap="md">
                    <Text fw={700} fz="lg" w={36} ta="right" style={{ flexShrink: 0 }}>
                      {item.no}.
                    </Text>
                    <Stack gap={6} style={{ flex: 1 }}>
                      <Text fz="lg">{item.text}</Text>
                      <Group gap="sm">
                        <VerificationBadge indicator={item} />
                      </Group>
                    </Stack>
                    {editable && (
                      <Button
                        variant="default"
                        onClick={() => onRevise(item)}
                        aria-label={t.catalogue.reviseLabel(item.no)}
                        style={{ flexShrink: 0 }}
                      >
                        {t.catalogue.reviseAction}
                      </Button>
                    )}
                  </Group>
                </li>
              ))}
            </Stack>
          </Paper>
        ))}

        {versions && (
          <section aria-labelledby="cat-versions">
            <Title order={2} id="cat-versions" mb="sm">
              {t.catalogue.versionsTitle}
            </Title>
            <Table.ScrollContainer minWidth={720}>
              <Table aria-label={t.catalogue.versionsTableLabel} verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.catalogue.col.version}</Table.Th>
                    <Table.Th scope="col">{t.catalogue.col.date}</Table.Th>
                    <Table.Th scope="col">{t.catalogue.col.note}</Table.Th>
                    <Table.Th scope="col">{t.catalogue.col.official}</Table.Th>
                    <Table.Th scope="col">{t.catalogue.col.forums}</Table.Th>
                    <Table.Th scope="col">{t.catalogue.col.actions}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {versions.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>
                        {t.catalogue.versionLabel(v.version)}
                        {v.isLatest && (
                          <Badge ml="xs" size="md" variant="light">
                            {t.catalogue.latest}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateShort(v.createdAt)}</Table.Td>
                      <Table.Td>{v.note}</Table.Td>
                      <Table.Td>
                        {v.officialCount}/{v.indicatorCount}
                      </Table.Td>
                      <Table.Td>{v.forumCount}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {v.id === catalogue.id ? (
                          <Text c="dimmed">{t.catalogue.viewing}</Text>
                        ) : (
                          <Anchor component={Link} to={v.isLatest ? '/catalogue' : `/catalogue/${v.id}`}>
                            {t.catalogue.viewVersion(v.version)}
                          </Anchor>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </section>
        )}
      </Stack>
    </>
  );
}

