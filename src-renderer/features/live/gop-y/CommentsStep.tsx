// The góp ý step: add a comment, and the comments grouped by recipient with their responses.
import { Stack, Text } from '@mantine/core';
import type { LiveState } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';

export interface CommentsStepProps {
  state: LiveState;
  forumId: string;
}

export function CommentsStep({ state }: CommentsStepProps) {
  return (
    <Stack>
      <Text>{t.speech.commentsCount(state.comments.length)}</Text>
    </Stack>
  );
}
