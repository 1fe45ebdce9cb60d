// A held (closed) forum: the record of what was prepared, as plain readable text, not greyed inputs.
import { Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Catalogue, Forum, Member } from '../../api/types';
import { UnconfirmedBadge } from '../../components/badges';
import { formatDateWithWeekday, t } from '../../i18n';
import { Section } from '../../components/Section';

interface ForumReadOnlyViewProps {
  forum: Forum;
  catalogue: Catalogue;
  members: Member[];
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} size="lg">
        {children}
      </Text>
    </div>
  );
}

export function ForumReadOnlyView({ forum, catalogue, members }: ForumReadOnlyViewProps) {
  const nameOf = (id: string | null) => (id ? members.find((m) => m.id === id)?.fullName ?? '' : '') || t.common.notChosen;
  const focus = new Set(forum.focus);
  const total = catalogue.groups.reduce((n, g) => n + g.indicators.length, 0);
  return (
    <Stack gap="lg">
      <Section id="ro-general" title={t.forums.sectionGeneral}>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
          <Field label={t.forums.topic}>{forum.topic}</Field>
          <Field label={t.forums.date}>
            {formatDateWithWeekday(forum.date)}, {forum.startTime}
          </Field>
          <Field label={t.forums.place}>{forum.place || t.common.none}</Field>
        </SimpleGrid>
      </Section>

      <Section id="ro-basis" title={t.forums.sectionBasis}>
        {forum.basisDocuments.length === 0 ? (
          <Text>{t.forums.basisEmpty}</Text>
        ) : (
          <List type="ordered" spacing="xs" size="lg">
            {forum.basisDocuments.map((doc, i) => (
              <List.Item key={i}>{doc}</List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section id="ro-people" title={t.forums.sectionPeople}>
        <Stack gap="md">
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
            <Field label={t.forums.chair}>{nameOf(forum.chairMemberId)}</Field>
            <Field label={t.forums.secretary}>{nameOf(forum.secretaryMemberId)}</Field>
          </SimpleGrid>
          <Title order={3}>{t.forums.guests}</Title>
          {forum.guests.length === 0 ? (
            <Text>{t.forums.guestsEmpty}</Text>
          ) : (
            <List spacing="xs" size="lg">
              {forum.guests.map((g, i) => (
                <List.Item key={i}>
                  <strong>{g.name}</strong>
                  {g.position ? ` — ${g.position}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Section>

      <Section id="ro-focus" title={t.forums.sectionFocus}>
        <Stack gap="md">
          <Text c="dimmed">{t.forums.catalogueUsed(catalogue.version)}</Text>
          <Text fw={700} size="lg">
            {t.focus.selectedCount(forum.focus.length, total)}
          </Text>
          {catalogue.groups.map((group) => {
            const chosen = group.indicators.filter((i) => focus.has(i.no));
            if (chosen.length === 0) return null;
            return (
              <div key={group.code}>
                <Group justify="space-between" wrap="nowrap" mb="xs">
                  <Title order={3}>{t.focus.groupTitle(group.code, group.title)}</Title>
                  <Text c="dimmed" fw={600}>
                    {t.focus.groupCount(chosen.length, group.indicators.length)}
                  </Text>
                </Group>
                <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
                  {chosen.map((i) => (
                    <li key={i.no}>
                      <Text>
                        <strong>{i.no}.</strong> {i.text} {!i.official && <UnconfirmedBadge />}
                      </Text>
                    </li>
                  ))}
                </Stack>
              </div>
            );
          })}
        </Stack>
      </Section>
    </Stack>
  );
}
