// "Cập nhật tiến độ": a dated progress entry with a note (action.progress). 100 % completes the item,
// and then the note must say how it was done; the core's refusals show next to their fields.
import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, NumberInput, Progress, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { isApiError, type ApiError } from '../../api';
import { AppModal } from '../../components/Dialogs';
import { formatDateShort, formatDateWithWeekday, parseDateInput, t, todayIso } from '../../i18n';
import { shorten, type ActionItem } from './action-helpers';
import { useActionCall } from './useActions';

export interface ProgressModalProps {
  /** The item to update; null keeps the modal closed. */
  item: ActionItem | null;
  /** The forum at which the progress is reviewed (null when recorded outside a meeting). */
  reviewedAt: string | null;
  onClose: () => void;
  onSaved?: (item: ActionItem) => void;
}

function ProgressForm({ item, reviewedAt, onClose, onSaved }: ProgressModalProps & { item: ActionItem }) {
  const p = t.actions.progress;
  const call = useActionCall();
  const [dateText, setDateText] = useState(() => formatDateShort(todayIso()));
  const [percent, setPercent] = useState<number | string>(item.progress);
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<{ date?: string; progress?: string; note?: string }>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [other, setOther] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const dateRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const parsed = parseDateInput(dateText);
  const value = typeof percent === 'number' ? percent : Number(percent);
  const completing = value === 100;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const date = parseDateInput(dateText);
    const whole = String(percent).trim() !== '' && Number.isInteger(value) && value >= 0 && value <= 100;
    const missing = {
      date: date ? undefined : t.dates.dateInvalid,
      progress: whole ? undefined : p.percentInvalid,
      note: whole && value === 100 && note.trim() === '' ? p.noteDoneRequired : undefined,
    };
    setLocal(missing);
    if (missing.date) dateRef.current?.focus();
    else if (missing.note) noteRef.current?.focus();
    if (!date || missing.progress || missing.note) return;
    setBusy(true);
    setError(null);
    setOther(null);
    setChanged(new Set());
    try {
      const saved = await call('action.progress', { id: item.id, date, progress: value, note, forumId: reviewedAt });
      onSaved?.(saved);
      onClose();
    } catch (err) {
      if (isApiError(err)) setError(err);
      else setOther(t.errors.unexpected);
    } finally {
      setBusy(false);
    }
  };

  const issue = (path: string) => (changed.has(path) ? undefined : error?.issueFor(path));
  const general = other ?? (error && !['date', 'progress', 'note'].some((k) => error.issueFor(k)) ? error.message : null);
  // A field changed since the last refusal no longer shows the message about its old value.
  const edit = (path: 'date' | 'progress' | 'note') => {
    setChanged((old) => new Set([...old, path]));
    setLocal((old) => ({ ...old, [path]: undefined }));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text fw={600}>{shorten(item.measure || item.shortcoming, 160)}</Text>
        <Text c="dimmed">
          {item.ownerName}
          {item.deadline ? ` · ${t.actions.deadlineOn(formatDateShort(item.deadline))}` : ''}
        </Text>
        {general && (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            ref={dateRef}
            label={p.date}
            placeholder={t.dates.datePlaceholder}
            description={parsed ? formatDateWithWeekday(parsed) : t.dates.dateHint}
            inputMode="numeric"
            autoComplete="off"
            value={dateText}
            onChange={(e) => {
              setDateText(e.currentTarget.value);
              edit('date');
            }}
            error={local.date ?? issue('date')}
            required
          />
          <NumberInput
            label={p.percent}
            description={p.percentHint}
            value={percent}
            onChange={(v) => {
              setPercent(v);
              edit('progress');
            }}
            min={0}
            max={100}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            suffix="%"
            hideControls
            error={local.progress ?? issue('progress')}
            required
            data-autofocus
          />
        </SimpleGrid>
        <Progress value={Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0} color={completing ? 'green' : 'blue'} size="lg" aria-hidden="true" />
        <Textarea
          ref={noteRef}
          label={completing ? p.noteDone : p.note}
          placeholder={completing ? p.noteDonePlaceholder : p.notePlaceholder}
          autosize
          minRows={3}
          maxRows={10}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            edit('note');
          }}
          error={local.note ?? issue('note')}
          required={completing}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button type="submit" loading={busy}>
            {p.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ProgressModal(props: ProgressModalProps) {
  const { item, onClose } = props;
  return (
    <AppModal opened={item !== null} onClose={onClose} title={t.actions.progress.title} size="lg">
      {item && <ProgressForm key={item.id} {...props} item={item} />}
    </AppModal>
  );
}
