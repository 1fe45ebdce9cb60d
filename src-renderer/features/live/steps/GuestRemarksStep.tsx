// Ý kiến cấp trên: who came from the higher committee, and a summary of their remarks.
import { Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { t } from '../../../i18n';
import { ForumTextField } from './ForumTextField';
import type { StepProps } from './step-props';

export function GuestRemarksStep({ state, forumId, cellId, readOnly }: StepProps) {
  const g = t.live.guests;
  const guests = state.forum.guests;
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="yk-guests">
        <Title order={3} id="yk-guests" mb="sm">
          {g.title}
        </Title>
        {guests.length === 0 ? (
          <Stack gap="sm" align="flex-start">
            <Text>{g.none}</Text>
            {!readOnly && (
              <Button variant="default" component={Link} to={`/cells/${cellId}/forums/${forumId}`}>
                {g.addHint}
              </Button>
            )}
          </Stack>
        ) : (
          <List spacing="xs" size="lg">
            {guests.map((guest, i) => (
              <List.Item key={i}>
                <strong>{guest.name}</strong>
                {guest.position ? ` — ${guest.position}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      <ForumTextField
        state={state}
        forumId={forumId}
        kind="guest_remarks"
        label={g.remarksLabel}
        placeholder={g.remarksPlaceholder}
        readOnly={readOnly}
        minRows={6}
      />
    </Stack>
  );
}
