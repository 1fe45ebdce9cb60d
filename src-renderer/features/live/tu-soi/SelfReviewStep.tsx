// The tự soi step: member by member, or the subject × indicator matrix.
import { Tabs } from '@mantine/core';
import type { LiveState } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';

export interface SelfReviewStepProps {
  state: LiveState;
  forumId: string;
}

export function SelfReviewStep({ state }: SelfReviewStepProps) {
  return (
    <Tabs defaultValue="member" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="member">{t.speech.tabMember}</Tabs.Tab>
        <Tabs.Tab value="matrix">{t.speech.tabMatrix}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="member" pt="md">{state.reviewOrder.length}</Tabs.Panel>
      <Tabs.Panel value="matrix" pt="md">{state.indicators.length}</Tabs.Panel>
    </Tabs>
  );
}
