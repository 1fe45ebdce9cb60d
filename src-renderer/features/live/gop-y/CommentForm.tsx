// The form that records a peer comment (comment.add): from whom (a present member), to whom (a
// member, the chi ủy or the higher committee), optionally about which indicator, and the text.
// The core's refusals (a comment to oneself…) show next to the field they concern.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Alert, Button, Group, Kbd, Paper, Radio, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import type { CommentTarget, LiveState } from '../../../../src-main/contract/live';
import { isApiError, type ApiError } from '../../../api';
import { t } from '../../../i18n';
import { useLiveAction } from '../useLive';

export const TARGET_KINDS: readonly CommentTarget[] = ['member', 'chi_uy', 'cap_tren'];

const shorten = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function indicatorOptions(indicators: LiveState['indicators']) {
  return indicators.map((i) => ({ value: String(i.no), label: t.speech.comments.indicatorOption(i.no, shorten(i.text)) }));
}

export interface CommentFormProps {
  state: LiveState;
  forumId: string;
  /** The member chosen as "from" (Q adds them to the speaker queue). */
  from: string | null;
  onFromChange: (id: string | null) => void;
}

export function CommentForm({ state, forumId, from, onFromChange }: CommentFormProps) {
  const c = t.speech.comments;
  const action = useLiveAction(forumId);
  const [targetKind, setTargetKind] = useState<CommentTarget>('member');
  const [target, setTarget] = useState<string | null>(null);
  const [indicator, setIndicator] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [local, setLocal] = useState<{ from?: string; target?: string; text?: string }>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const present = state.members.filter((m) => m.presence === 'present');
  const fromOptions = present.map((m) => ({ value: m.id, label: m.fullName }));
  const targetOptions = state.members.filter((m) => m.id !== from).map((m) => ({ value: m.id, label: m.fullName }));

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const missing = {
      from: from ? undefined : c.chooseFrom,
      target: targetKind === 'member' && !target ? c.chooseTarget : undefined,
      text: text.trim() === '' ? c.emptyText : undefined,
    };
    setLocal(missing);
    setNotice(null);
    if (missing.from || missing.target || missing.text || !from) return;
    setBusy(true);
    setError(null);
    try {
      await action('comment.add', {
        forumId,
        fromMemberId: from,
        targetKind,
        targetMemberId: targetKind === 'member' ? target : null,
        indicatorNo: indicator === null ? null : Number(indicator),
        text,
      });
      setText('');
      setIndicator(null);
      setNotice(c.added);
      textRef.current?.focus();
    } catch (err) {
      setError(isApiError(err) ? err : null);
      if (!isApiError(err)) setNotice(null);
    } finally {
      setBusy(false);
    }
  };

  const issue = (path: string) => error?.issueFor(path);
  const fieldPaths = ['fromMemberId', 'targetKind', 'targetMemberId', 'indicatorNo', 'text'];
  const general = error && !fieldPaths.some((p) => issue(p)) ? error.message : null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={(e: FormEvent) => void submit(e)} noValidate aria-labelledby="comment-form-title" onKeyDown={onKeyDown}>
      <Stack gap="sm">
        <Title order={3} id="comment-form-title" fz="lg">
          {c.formTitle}
        </Title>
        {general && (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={c.from}
            placeholder={c.fromPlaceholder}
            data={fromOptions}
            value={from}
            onChange={(v) => {
              onFromChange(v);
              if (v !== null && v === target) setTarget(null);
            }}
            searchable
            required
            error={local.from ?? issue('fromMemberId')}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={c.indicator}
            placeholder={c.indicatorNone}
            data={indicatorOptions(state.indicators)}
            value={indicator}
            onChange={setIndicator}
            searchable
            clearable
            error={issue('indicatorNo')}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <Radio.Group
          label={c.targetKind}
          value={targetKind}
          onChange={(v) => setTargetKind(v as CommentTarget)}
          error={issue('targetKind')}
        >
          <Group gap="lg" mt={6}>
            {TARGET_KINDS.map((k) => (
              <Radio key={k} value={k} label={c.targetKinds[k]} />
            ))}
          </Group>
        </Radio.Group>
        {targetKind === 'member' && (
          <Select
            label={c.targetMember}
            placeholder={c.targetMemberPlaceholder}
            data={targetOptions}
            value={target}
            onChange={setTarget}
            searchable
            required
            error={local.target ?? issue('targetMemberId')}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {targetKind !== 'member' && issue('targetMemberId') && (
          <Alert color="red" variant="light" role="alert">
            {issue('targetMemberId')}
          </Alert>
        )}
        <Textarea
          ref={textRef}
          label={c.text}
          placeholder={c.textPlaceholder}
          autosize
          minRows={3}
          maxRows={12}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            if (notice) setNotice(null);
          }}
          required
          error={local.text ?? issue('text')}
          styles={{ input: { fontSize: '1.0625rem' } }}
        />
        <Group gap="sm">
          <Button type="submit" loading={busy} aria-keyshortcuts="Control+Enter">
            {c.add}
            <Kbd ml={8} size="xs" aria-hidden="true">
              {c.addKeys}
            </Kbd>
          </Button>
          <Text role="status" c="var(--mantine-color-green-text)" fw={600}>
            {notice ?? ''}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
