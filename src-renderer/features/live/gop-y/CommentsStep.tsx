// The góp ý step: the form that records a comment, and the comments grouped by recipient with their
// responses. Q adds the member chosen as "Người góp ý" to the speaker queue.
import { useState } from 'react';
import { Alert, Button, Group, Kbd, Stack, Text } from '@mantine/core';
import type { LiveState } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';
import { errorText } from './error-text';
import { useLiveAction } from '../useLive';
import { CommentForm } from './CommentForm';
import { CommentList } from './CommentList';
import { useKeyShortcut } from './shortcuts';

export interface CommentsStepProps {
  state: LiveState;
  forumId: string;
}

export function CommentsStep({ state, forumId }: CommentsStepProps) {
  const c = t.speech.comments;
  const readOnly = state.forum.status === 'closed';
  const action = useLiveAction(forumId);
  const speaking = state.queue.find((q) => q.status === 'speaking')?.memberId ?? null;
  // "From" follows whoever has the floor until the facilitator picks someone else.
  const [picked, setPicked] = useState<{ id: string | null } | null>(null);
  // A new speaker takes the floor: "from" follows them again.
  const [lastSpeaker, setLastSpeaker] = useState(speaking);
  if (lastSpeaker !== speaking) {
    setLastSpeaker(speaking);
    setPicked(null);
  }
  const from = picked ? picked.id : speaking;
  const [queueNote, setQueueNote] = useState<{ text: string; color: string } | null>(null);

  const fromName = from ? state.members.find((m) => m.id === from)?.fullName : undefined;
  const inQueue = from !== null && state.queue.some((q) => q.memberId === from && q.status !== 'done');
  const addToQueue = async () => {
    if (!from || !fromName) return;
    if (inQueue) {
      setQueueNote({ color: 'gray', text: t.speech.speaker.alreadyQueued(fromName) });
      return;
    }
    try {
      await action('queue.add', { forumId, memberId: from });
      setQueueNote({ color: 'green', text: c.addedToQueue(fromName) });
    } catch (e) {
      setQueueNote({ color: 'red', text: `${c.failed} ${errorText(e)}` });
    }
  };
  useKeyShortcut(['q'], () => void addToQueue(), !readOnly);

  return (
    <Stack gap="lg">
      {!readOnly && (
        <Stack gap="xs">
          <CommentForm state={state} forumId={forumId} from={from} onFromChange={(id) => setPicked({ id })} />
          <Group gap="sm">
            <Button variant="default" onClick={() => void addToQueue()} disabled={!fromName} aria-keyshortcuts="Q">
              {fromName ? c.addToQueueOf(fromName) : c.addToQueue}
              <Kbd ml={8} size="xs" aria-hidden="true">
                Q
              </Kbd>
            </Button>
            <Text role="status" c={queueNote?.color === 'red' ? 'red.8' : queueNote?.color === 'green' ? 'var(--mantine-color-green-text)' : 'dimmed'}>
              {queueNote?.text ?? ''}
            </Text>
          </Group>
        </Stack>
      )}
      {readOnly && state.comments.length === 0 && <Alert color="gray">{c.emptyList}</Alert>}
      <CommentList state={state} forumId={forumId} readOnly={readOnly} />
    </Stack>
  );
}
