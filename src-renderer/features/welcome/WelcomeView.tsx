import type { ReactNode } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { SaveErrorAlert } from '../../components/ApiErrorView';
import { t } from '../../i18n';

interface WelcomeViewProps {
  onOpenSample: () => void;
  openingSample: boolean;
  error: unknown;
  /** The import of a .tusoi file from another laptop, given by the container. */
  transfer?: ReactNode;
}

export function WelcomeView({ onOpenSample, openingSample, error, transfer }: WelcomeViewProps) {
  return (
    <Stack gap="xl" maw={880} py="md">
      <Stack gap="sm">
        <Title order={1}>{t.welcome.title}</Title>
        <Text size="xl" maw={760}>
          {t.welcome.lead}
        </Text>
      </Stack>
      <SaveErrorAlert error={error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md" h="100%" justify="space-between">
            <Text>{t.welcome.setUpHint}</Text>
            <Button component={Link} to="/cells/new" size="lg" fullWidth>
              {t.welcome.setUp}
            </Button>
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md" h="100%" justify="space-between">
            <Text>{t.welcome.openSampleHint}</Text>
            <Button size="lg" variant="outline" fullWidth onClick={onOpenSample} loading={openingSample}>
              {t.welcome.openSample}
            </Button>
          </Stack>
        </Paper>
      </SimpleGrid>
      {transfer && (
        <Group justify="space-between" align="flex-start" gap="md">
          <Text maw={520}>{t.transfer.welcomeHint}</Text>
          {transfer}
        </Group>
      )}
    </Stack>
  );
}
