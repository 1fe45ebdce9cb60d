// The cell form (new and edit). Holds only its own field state; saving is the container's job.
import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { fieldError, SaveErrorAlert } from '../../components/ApiErrorView';
import { t } from '../../i18n';

export interface CellFormValues {
  name: string;
  higherBody: string;
  placeName: string;
  termStartYear: number;
  termEndYear: number;
}

interface CellFormProps {
  initial: CellFormValues;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (values: CellFormValues) => void;
  onCancel?: () => void;
  onReload?: () => void;
}

type YearField = 'termStartYear' | 'termEndYear';

/** A four-digit year of the committee term. */
function YearInput(props: { label: string; value: number | string; onChange: (v: number | string) => void; error?: React.ReactNode }) {
  return <NumberInput {...props} allowDecimal={false} allowNegative={false} hideControls min={1930} max={2100} w={200} required />;
}

export function CellForm({ initial, submitLabel, submitting, error, onSubmit, onCancel, onReload }: CellFormProps) {
  const [name, setName] = useState(initial.name);
  const [higherBody, setHigherBody] = useState(initial.higherBody);
  const [placeName, setPlaceName] = useState(initial.placeName);
  const [years, setYears] = useState<Record<YearField, number | string>>({
    termStartYear: initial.termStartYear,
    termEndYear: initial.termEndYear,
  });
  const [localErrors, setLocalErrors] = useState<Partial<Record<YearField, string>>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Partial<Record<YearField, string>> = {};
    for (const key of ['termStartYear', 'termEndYear'] as const) {
      if (years[key] === '' || Number.isNaN(Number(years[key]))) missing[key] = t.cell.yearRequired;
    }
    setLocalErrors(missing);
    if (Object.keys(missing).length > 0) return;
    onSubmit({
      name,
      higherBody,
      placeName,
      termStartYear: Number(years.termStartYear),
      termEndYear: Number(years.termEndYear),
    });
  };

  const yearError = (key: YearField) => localErrors[key] ?? fieldError(error, key);

  return (
    <form onSubmit={submit} noValidate aria-label={t.cell.formLabel}>
      <Stack gap="md" maw={640}>
        <SaveErrorAlert error={error} onReload={onReload} />
        <TextInput
          label={t.cell.name}
          placeholder={t.cell.namePlaceholder}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(error, 'name')}
          required
          data-autofocus
        />
        <TextInput
          label={t.cell.higherBody}
          placeholder={t.cell.higherBodyPlaceholder}
          value={higherBody}
          onChange={(e) => setHigherBody(e.currentTarget.value)}
          error={fieldError(error, 'higherBody')}
          required
        />
        <TextInput
          label={t.cell.placeName}
          description={t.cell.placeNameDescription}
          value={placeName}
          onChange={(e) => setPlaceName(e.currentTarget.value)}
          error={fieldError(error, 'placeName')}
          required
        />
        <Fieldset legend={t.cell.term} variant="unstyled" p={0} m={0} styles={{ legend: { fontWeight: 700, padding: 0, marginBottom: 4 } }}>
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <YearInput
              label={t.cell.termStart}
              value={years.termStartYear}
              onChange={(v) => setYears((y) => ({ ...y, termStartYear: v }))}
              error={yearError('termStartYear')}
            />
            <Text mt={34} aria-hidden="true">
              {t.cell.termDash}
            </Text>
            <YearInput
              label={t.cell.termEnd}
              value={years.termEndYear}
              onChange={(v) => setYears((y) => ({ ...y, termEndYear: v }))}
              error={yearError('termEndYear')}
            />
          </Group>
        </Fieldset>
        <Group gap="sm" mt="sm">
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t.common.cancel}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
