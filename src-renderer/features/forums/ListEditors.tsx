// Small repeatable-row editors for the forum form: basis documents and guests.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { Guest } from '../../api/types';
import { fieldError } from '../../components/ApiErrorView';
import { t } from '../../i18n';

interface BasisEditorProps {
  value: string[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
  error: unknown;
}

export function BasisEditor({ value, onChange, disabled, error }: BasisEditorProps) {
  return (
    <Stack gap="sm">
      <Text c="dimmed">{t.forums.basisHint}</Text>
      {value.length === 0 && <Text fs="italic">{t.forums.basisEmpty}</Text>}
      {value.map((line, i) => (
        <Group key={i} align="flex-end" wrap="nowrap" gap="sm">
          <TextInput
            style={{ flex: 1 }}
            label={t.forums.basisItem(i + 1)}
            placeholder={t.forums.basisPlaceholder}
            value={line}
            onChange={(e) => onChange(value.map((v, j) => (j === i ? e.currentTarget.value : v)))}
            error={fieldError(error, `basisDocuments.${i}`)}
            disabled={disabled}
          />
          {!disabled && (
            <Button
              variant="default"
              color="red"
              aria-label={t.forums.basisRemove(i + 1)}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
              mb={fieldError(error, `basisDocuments.${i}`) ? 26 : 0}
            >
              {t.common.remove}
            </Button>
          )}
        </Group>
      ))}
      {fieldError(error, 'basisDocuments') && (
        <Text c="red.8" role="alert">
          {fieldError(error, 'basisDocuments')}
        </Text>
      )}
      {!disabled && (
        <Group>
          <Button variant="light" onClick={() => onChange([...value, ''])}>
            {t.forums.basisAdd}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface GuestsEditorProps {
  value: Guest[];
  onChange: (next: Guest[]) => void;
  disabled?: boolean;
  error: unknown;
}

export function GuestsEditor({ value, onChange, disabled, error }: GuestsEditorProps) {
  const edit = (i: number, patch: Partial<Guest>) => onChange(value.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <Stack gap="sm">
      {value.length === 0 && <Text fs="italic">{t.forums.guestsEmpty}</Text>}
      {value.map((guest, i) => (
        <Group key={i} align="flex-start" wrap="wrap" gap="sm">
          <TextInput
            style={{ flex: '1 1 220px' }}
            label={t.forums.guestName(i + 1)}
            value={guest.name}
            onChange={(e) => edit(i, { name: e.currentTarget.value })}
            error={fieldError(error, `guests.${i}.name`)}
            disabled={disabled}
          />
          <TextInput
            style={{ flex: '2 1 300px' }}
            label={t.forums.guestPosition(i + 1)}
            placeholder={t.forums.guestPositionPlaceholder}
            value={guest.position}
            onChange={(e) => edit(i, { position: e.currentTarget.value })}
            error={fieldError(error, `guests.${i}.position`)}
            disabled={disabled}
          />
          {!disabled && (
            <Button
              variant="default"
              mt={30}
              aria-label={t.forums.guestRemove(i + 1)}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t.common.remove}
            </Button>
          )}
        </Group>
      ))}
      {fieldError(error, 'guests') && (
        <Text c="red.8" role="alert">
          {fieldError(error, 'guests')}
        </Text>
      )}
      {!disabled && (
        <Group>
          <Button variant="light" onClick={() => onChange([...value, { name: '', position: '' }])}>
            {t.forums.guestAdd}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
