// Đề dẫn và kiểm điểm tập thể: first the review of earlier forums' action items, then the chair's
// framing (the same text as in Chuẩn bị) and the collective's self-review, one text per group that
// holds focus indicators.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { t } from '../../../i18n';
import { focusGroups } from '../live-helpers';
import { ForumTextField } from './ForumTextField';
import { UnconfirmedBadge } from '../../../components/badges';
import { ReviewEarlierActions } from '../../actions/ReviewEarlierActions';
import type { StepProps } from './step-props';

export function FramingStep({ state, forumId, cellId, readOnly }: StepProps) {
  const f = t.live.framing;
  const groups = focusGroups(state);
  return (
    <Stack gap="lg">
      <ReviewEarlierActions forumId={forumId} cellId={cellId} readOnly={readOnly} />
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="dd-framing">
        <Title order={3} id="dd-framing" mb="sm">
          {t.live.prepare.framingTitle}
        </Title>
        <ForumTextField
          state={state}
          forumId={forumId}
          kind="framing"
          label={t.live.prepare.framingLabel}
          placeholder={t.live.prepare.framingPlaceholder}
          readOnly={readOnly}
          minRows={5}
        />
      </Paper>
      <Stack gap="md" component="section" aria-labelledby="dd-collective">
        <div>
          <Title order={3} id="dd-collective">
            {f.collectiveTitle}
          </Title>
          <Text c="dimmed">{f.collectiveHint}</Text>
        </div>
        {groups.length === 0 && <Text>{f.noGroups}</Text>}
        {groups.map((g) => {
          const title = t.focus.groupTitle(g.code, g.title);
          return (
            <Paper key={g.code} withBorder radius="md" p="lg" component="section" aria-labelledby={`dd-group-${g.code}`}>
              <Title order={4} id={`dd-group-${g.code}`} fz="lg">
                {title}
              </Title>
              <Text c="dimmed" mb="xs">
                {f.groupIndicators(g.indicators.length)}
              </Text>
              <Stack component="ol" gap={6} m={0} mb="md" p={0} style={{ listStyle: 'none' }}>
                {g.indicators.map((i) => (
                  <Text component="li" key={i.no} fz="1.125rem">
                    <strong>{i.no}.</strong> {i.text} {!i.official && <UnconfirmedBadge />}
                  </Text>
                ))}
              </Stack>
              <ForumTextField
                state={state}
                forumId={forumId}
                kind="collective_review"
                subject={g.code}
                label={f.collectiveLabel(title)}
                readOnly={readOnly}
              />
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
