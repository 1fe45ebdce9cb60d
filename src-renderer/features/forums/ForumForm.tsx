// The forum setup form (not the live flow, so an explicit Save button is fine).
import { useRef, useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Catalogue, Guest, Member } from '../../api/types';
import { fieldError, SaveErrorAlert } from '../../components/ApiErrorView';
import { formatDateShort, formatDateWithWeekday, parseDateInput, parseTimeInput, t } from '../../i18n';
import { FocusPicker } from './FocusPicker';
import { BasisEditor, GuestsEditor } from './ListEditors';
import { Section } from '../../components/Section';

export interface ForumFormValues {
  topic: string;
  date: string;
  startTime: string;
  place: string;
  basisDocuments: string[];
  chairMemberId: string | null;
  secretaryMemberId: string | null;
  guests: Guest[];
  focus: number[];
}

interface ForumFormProps {
  initial: ForumFormValues;
  catalogue: Catalogue;
  /** Members who may chair or take minutes (active), plus whoever is already chosen. */
  members: Member[];
  readOnly: boolean;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (values: ForumFormValues) => void;
  onReload?: () => void;
  /** Extra buttons next to Save (delete…). */
  extraActions?: React.ReactNode;
}

export function ForumForm(props: ForumFormProps) {
  const { initial, catalogue, members, readOnly, submitLabel, submitting, error, onSubmit, onReload, extraActions } = props;
  const [v, setV] = useState<ForumFormValues>(initial);
  const [focus, setFocus] = useState<Set<number>>(() => new Set(initial.focus));
  // Date and time are typed as text in the Vietnamese order (a native date input follows the
  // operating system's locale and may show month/day/year); they are parsed on the way out.
  const [dateText, setDateText] = useState(initial.date ? formatDateShort(initial.date) : '');
  const [timeText, setTimeText] = useState(initial.startTime);
  const [localErrors, setLocalErrors] = useState<{ date?: string; startTime?: string }>({});
  const parsedDate = parseDateInput(dateText);
  const dateRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  const set = <K extends keyof ForumFormValues>(key: K, value: ForumFormValues[K]) => setV((old) => ({ ...old, [key]: value }));

  const memberOptions = [
    { value: '', label: t.common.notChosen },
    ...members.map((m) => ({
      value: m.id,
      label: m.active ? m.fullName : `${m.fullName} (${t.members.activeNo.toLowerCase()})`,
    })),
  ];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (readOnly) return;
    const date = parseDateInput(dateText);
    const startTime = parseTimeInput(timeText);
    const errors = {
      date: date ? undefined : t.dates.dateInvalid,
      startTime: startTime ? undefined : t.dates.timeInvalid,
    };
    setLocalErrors(errors);
    if (!date) dateRef.current?.focus();
    else if (!startTime) timeRef.current?.focus();
    if (!date || !startTime) return;
    setTimeText(startTime);
    onSubmit({ ...v, date, startTime, focus: [...focus].sort((a, b) => a - b) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t.forums.formLabel}>
      <Stack gap="lg">
        <SaveErrorAlert error={error} onReload={onReload} />
        <Section id="forum-general" title={t.forums.sectionGeneral}>
          <Stack gap="md">
            <TextInput
              label={t.forums.topic}
              placeholder={t.forums.topicPlaceholder}
              value={v.topic}
              onChange={(e) => set('topic', e.currentTarget.value)}
              error={fieldError(error, 'topic')}
              disabled={readOnly}
              required
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                ref={dateRef}
                label={t.forums.date}
                placeholder={t.dates.datePlaceholder}
                description={parsedDate ? formatDateWithWeekday(parsedDate) : t.dates.dateHint}
                inputMode="numeric"
                autoComplete="off"
                value={dateText}
                onChange={(e) => setDateText(e.currentTarget.value)}
                error={localErrors.date ?? fieldError(error, 'date')}
                disabled={readOnly}
                required
              />
              <TextInput
                ref={timeRef}
                label={t.forums.startTime}
                placeholder={t.dates.timePlaceholder}
                description={t.dates.timeHint}
                autoComplete="off"
                value={timeText}
                onChange={(e) => setTimeText(e.currentTarget.value)}
                error={localErrors.startTime ?? fieldError(error, 'startTime')}
                disabled={readOnly}
                required
              />
              <TextInput
                label={t.forums.place}
                description={t.common.optionalField}
                placeholder={t.forums.placePlaceholder}
                value={v.place}
                onChange={(e) => set('place', e.currentTarget.value)}
                error={fieldError(error, 'place')}
                disabled={readOnly}
              />
            </SimpleGrid>
          </Stack>
        </Section>

        <Section id="forum-basis" title={t.forums.sectionBasis}>
          <BasisEditor value={v.basisDocuments} onChange={(next) => set('basisDocuments', next)} disabled={readOnly} error={error} />
        </Section>

        <Section id="forum-people" title={t.forums.sectionPeople}>
          <Stack gap="md">
            {members.length === 0 && <Text c="dimmed">{t.forums.noActiveMembers}</Text>}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NativeSelect
                label={t.forums.chair}
                value={v.chairMemberId ?? ''}
                onChange={(e) => set('chairMemberId', e.currentTarget.value || null)}
                data={memberOptions}
                error={fieldError(error, 'chairMemberId')}
                disabled={readOnly}
              />
              <NativeSelect
                label={t.forums.secretary}
                value={v.secretaryMemberId ?? ''}
                onChange={(e) => set('secretaryMemberId', e.currentTarget.value || null)}
                data={memberOptions}
                error={fieldError(error, 'secretaryMemberId')}
                disabled={readOnly}
              />
            </SimpleGrid>
            <Title order={3} mt="sm">
              {t.forums.guests}
            </Title>
            <GuestsEditor value={v.guests} onChange={(next) => set('guests', next)} disabled={readOnly} error={error} />
          </Stack>
        </Section>

        <Section id="forum-focus" title={t.forums.sectionFocus}>
          <Text c="dimmed" mb="sm">
            {t.forums.catalogueUsed(catalogue.version)}
          </Text>
          <FocusPicker
            groups={catalogue.groups}
            selected={focus}
            onChange={setFocus}
            disabled={readOnly}
            error={fieldError(error, 'focus')}
          />
        </Section>

        {(!readOnly || extraActions) && (
          <Group gap="sm">
            {!readOnly && (
              <Button type="submit" size="md" loading={submitting}>
                {submitLabel}
              </Button>
            )}
            {extraActions}
          </Group>
        )}
      </Stack>
    </form>
  );
}
