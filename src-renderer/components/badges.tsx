// Status and role badges, one colour per meaning, text always visible (colour is never the only cue).
import { Badge, type MantineColor } from '@mantine/core';
import type { ForumStatus, Indicator, MemberStatus, PartyRole } from '../api/types';
import { formatDateLong, forumStatusLabel, memberStatusLabel, partyRoleLabel, t, verificationLabel } from '../i18n';

const STATUS_COLOR: Record<MemberStatus, MantineColor> = { chinh_thuc: 'blue', du_bi: 'orange' };
const ROLE_COLOR: Record<PartyRole, MantineColor> = {
  bi_thu: 'red',
  pho_bi_thu: 'grape',
  chi_uy_vien: 'teal',
  dang_vien: 'gray',
};
// In progress is filled: a dark green that keeps white text above 4.5:1 (Mantine's green.8 is 3.4:1).
const FORUM_COLOR: Record<ForumStatus, MantineColor> = { draft: 'blue', in_progress: '#2b7a3b', closed: 'gray' };

export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {memberStatusLabel(status)}
    </Badge>
  );
}

export function PartyRoleBadge({ role }: { role: PartyRole }) {
  return (
    <Badge color={ROLE_COLOR[role]} variant={role === 'dang_vien' ? 'outline' : 'light'}>
      {partyRoleLabel(role)}
    </Badge>
  );
}

export function ForumStatusBadge({ status }: { status: ForumStatus }) {
  return (
    <Badge color={FORUM_COLOR[status]} variant={status === 'in_progress' ? 'filled' : 'light'}>
      {forumStatusLabel(status)}
    </Badge>
  );
}

export function SampleBadge() {
  return (
    <Badge color="violet" variant="light">
      {t.cell.sampleBadge}
    </Badge>
  );
}

/** The full verification mark of an indicator (catalogue screen). */
export function VerificationBadge({ indicator }: { indicator: Pick<Indicator, 'verification' | 'confirmedAt' | 'official'> }) {
  if (indicator.confirmedAt) {
    return (
      <Badge color="green" variant="light">
        {t.catalogue.confirmedOn(formatDateLong(indicator.confirmedAt))}
      </Badge>
    );
  }
  if (indicator.official) {
    return (
      <Badge color="green" variant="light">
        {verificationLabel(indicator.verification)}
      </Badge>
    );
  }
  return (
    <Badge color="yellow" variant="light">
      {verificationLabel(indicator.verification)}
    </Badge>
  );
}

/** The compact mark for unconfirmed wording (focus picker). */
export function UnconfirmedBadge() {
  return (
    <Badge color="yellow" variant="light" size="md" title={t.focus.unconfirmedTitle}>
      {t.focus.unconfirmed}
    </Badge>
  );
}
