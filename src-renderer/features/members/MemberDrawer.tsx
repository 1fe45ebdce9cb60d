// The add/edit form for one member, inside a drawer. Field errors come from the API's issues.
import { useState, type FormEvent } from 'react';
import {
  Button, Checkbox, Group, NativeSelect, NumberInput, Radio, Stack, TextInput,
} from '@mantine/core';
import type { Member, MemberStatus, PartyRole } from '../../api/types';
import { fieldError, SaveErrorAlert } from '../../components/ApiErrorView';
import { AppDrawer } from '../../components/Dialogs';
import { MEMBER_STATUS_ORDER, memberStatusLabel, PARTY_ROLE_ORDER, partyRoleLabel, t } from '../../i18n';

export interface MemberFormValues {
  fullName: string;
  birthYear: number | null;
  status: MemberStatus;
  partyRole: PartyRole;
  otherPositions: string;
  exempt: boolean;
  active: boolean;
}

export const EMPTY_MEMBER: MemberFormValues = {
  fullName: '',
  birthYear: null,
  status: 'chinh_thuc',
  partyRole: 'dang_vien',
  otherPositions: '',
  exempt: false,
  active: true,
};

const pickFields = (m: Member): MemberFormValues => ({
  fullName: m.fullName,
  birthYear: m.birthYear,
  status: m.status,
  partyRole: m.partyRole,
  otherPositions: m.otherPositions,
  exempt: m.exempt,
  active: m.active,
});

interface MemberDrawerProps {
  opened: boolean;
  /** The member being edited, or null to add one. */
  member: Member | null;
  submitting: boolean;
  error: unknown;
  onSubmit: (values: MemberFormValues) => void;
  onClose: () => void;
}

function MemberForm({ member, submitting, error, onSubmit, onClose }: Omit<MemberDrawerProps, 'opened'>) {
  const [v, setV] = useState<MemberFormValues>(() => (member ? pickFields(member) : EMPTY_MEMBER));
  const set = <K extends keyof MemberFormValues>(key: K, value: MemberFormValues[K]) => setV((old) => ({ ...old, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(v);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SaveErrorAlert error={error} />
        <TextInput
          label={t.members.fullName}
          value={v.fullName}
          onChange={(e) => set('fullName', e.currentTarget.value)}
          error={fieldError(error, 'fullName')}
          required
          data-autofocus
        />
        <NumberInput
          label={t.members.birthYear}
          description={t.common.optionalField}
          value={v.birthYear ?? ''}
          onChange={(val) => set('birthYear', val === '' || Number.isNaN(Number(val)) ? null : Number(val))}
          error={fieldError(error, 'birthYear')}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          w={200}
        />
        <Radio.Group
          label={t.members.status}
          value={v.status}
          onChange={(val) => set('status', val as MemberStatus)}
          error={fieldError(error, 'status')}
        >
          <Group gap="lg" mt="xs">
            {MEMBER_STATUS_ORDER.map((s) => (
              <Radio key={s} value={s} label={memberStatusLabel(s)} />
            ))}
          </Group>
        </Radio.Group>
        <NativeSelect
          label={t.members.partyRole}
          value={v.partyRole}
          onChange={(e) => set('partyRole', e.currentTarget.value as PartyRole)}
          error={fieldError(error, 'partyRole')}
          data={PARTY_ROLE_ORDER.map((r) => ({ value: r, label: partyRoleLabel(r) }))}
        />
        <TextInput
          label={t.members.otherPositions}
          placeholder={t.members.otherPositionsPlaceholder}
          value={v.otherPositions}
          onChange={(e) => set('otherPositions', e.currentTarget.value)}
          error={fieldError(error, 'otherPositions')}
        />
        <Checkbox
          label={t.members.exempt}
          description={t.members.exemptDescription}
          checked={v.exempt}
          onChange={(e) => set('exempt', e.currentTarget.checked)}
          error={fieldError(error, 'exempt')}
        />
        <Radio.Group
          label={t.members.activity}
          value={v.active ? 'active' : 'left'}
          onChange={(val) => set('active', val === 'active')}
          error={fieldError(error, 'active')}
        >
          <Group gap="lg" mt="xs">
            <Radio value="active" label={t.members.activeYes} />
            <Radio value="left" label={t.members.activeNo} />
          </Group>
        </Radio.Group>
        <Group gap="sm" mt="sm">
          <Button type="submit" loading={submitting}>
            {t.members.save}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function MemberDrawer({ opened, member, ...rest }: MemberDrawerProps) {
  return (
    <AppDrawer opened={opened} onClose={rest.onClose} title={member ? t.members.drawerEditTitle : t.members.drawerAddTitle}>
      {/* Keyed so each opening starts from the chosen member (or an empty form). */}
      {opened && <MemberForm key={member?.id ?? 'new'} member={member} {...rest} />}
    </AppDrawer>
  );
}
