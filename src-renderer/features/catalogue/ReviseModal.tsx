// Correct or confirm one indicator's wording. Saving creates a new catalogue version.
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { AppModal } from '../../components/Dialogs';
import type { Indicator } from '../../api/types';
import { fieldError, SaveErrorAlert } from '../../components/ApiErrorView';
import { VerificationBadge } from '../../components/badges';
import { t } from '../../i18n';

export interface ReviseValues {
  text: string;
  confirmed: boolean;
  note: string;
}

interface ReviseModalProps {
  indicator: Indicator | null;
  submitting: boolean;
  error: unknown;
  onSubmit: (values: ReviseValues) => void;
  onClose: () => void;
}

function ReviseForm({ indicator, submitting, error, onSubmit, onClose }: ReviseModalProps & { indicator: Indicator }) {
  const [text, setText] = useState(indicator.text);
  const [confirmed, setConfirmed] = useState(false);
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ text, confirmed, note });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveErrorAlert error={error} />
        <Group gap="xs">
          <VerificationBadge indicator={indicator} />
        </Group>
        <Textarea
          label={t.catalogue.reviseText}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldError(error, 'changes.0.text') ?? fieldError(error, 'changes')}
          autosize
          minRows={4}
          maxRows={12}
          data-autofocus
        />
        <Checkbox
          label={t.catalogue.reviseConfirm}
          description={t.catalogue.reviseConfirmDescription}
          checked={confirmed}
          onChange={(e) => setConfirmed(e.currentTarget.checked)}
        />
        <Textarea
          label={t.catalogue.reviseNote}
          placeholder={t.catalogue.reviseNotePlaceholder}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(error, 'note')}
          autosize
          minRows={2}
        />
        <Text c="dimmed">{t.catalogue.reviseExplain}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button type="submit" loading={submitting}>
            {t.catalogue.reviseSave}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ReviseModal(props: ReviseModalProps) {
  const { indicator, onClose } = props;
  return (
    <AppModal opened={indicator !== null} onClose={onClose} title={indicator ? t.catalogue.reviseTitle(indicator.no) : ''} size="lg">
      {indicator && <ReviseForm key={indicator.no} {...props} indicator={indicator} />}
    </AppModal>
  );
}
