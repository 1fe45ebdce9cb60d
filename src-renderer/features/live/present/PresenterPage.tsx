// The presenter window (#/present/:forumId), outside the app's layout: full screen, no navigation.
// It reads presenter.get and refetches on 'live.changed' for its forum (and every 15 s, in case an
// event was lost while the connection dropped).
import { useQuery } from '@tanstack/react-query';
import { Center, Loader, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import type { PresenterView as PresenterData } from '../../../../src-main/contract/live';
import { useApiClient, type ApiError } from '../../../api';
import { ApiErrorView } from '../../../components/ApiErrorView';
import { usePageTitle } from '../../../components/usePageTitle';
import { t } from '../../../i18n';
import { presenterQueryKey, useLiveEvents } from '../useLive';
import { PresenterView } from './PresenterView';

export const PRESENTER_REFRESH_MS = 15_000;

export default function PresenterPage() {
  const { forumId = '' } = useParams();
  const client = useApiClient();
  useLiveEvents(forumId);
  const query = useQuery<PresenterData, ApiError, PresenterData, ReturnType<typeof presenterQueryKey>>({
    queryKey: presenterQueryKey(forumId),
    queryFn: () => client.call('presenter.get', { forumId }),
    enabled: forumId !== '',
    refetchInterval: PRESENTER_REFRESH_MS,
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
  usePageTitle(query.data ? `${t.speech.presenter.pageTitle}: ${query.data.topic}` : t.speech.presenter.pageTitle);

  if (query.data) return <PresenterView data={query.data} connectionLost={query.isError} />;
  if (query.error) {
    return (
      <Center p="xl" mih="100vh">
        <ApiErrorView error={query.error} onRetry={() => void query.refetch()} />
      </Center>
    );
  }
  return (
    <Center mih="100vh" role="status" aria-busy="true">
      <Stack align="center">
        <Loader size="xl" aria-hidden="true" />
        <Text fz="2rem">{t.speech.presenter.loading}</Text>
      </Stack>
    </Center>
  );
}
