// The right panel's speaker block: who speaks now, the countdown, the queue.
import { Stack, Text, Title } from '@mantine/core';
import type { LiveState } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';

export interface SpeakerPanelProps {
  state: LiveState;
  forumId: string;
}

export function SpeakerPanel({ state }: SpeakerPanelProps) {
  return (
    <Stack gap="xs">
      <Title order={3}>{t.speech.speakerTitle}</Title>
      <Text>{t.speech.queueCount(state.queue.filter((q) => q.status === 'waiting').length)}</Text>
    </Stack>
  );
}
