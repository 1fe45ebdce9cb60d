// The tự soi step: member by member ("Theo từng đảng viên"), or the subject × indicator matrix
// ("Bảng tổng hợp"). Both write the same records; the tab choice is remembered for the session.
import { useState } from 'react';
import { Tabs } from '@mantine/core';
import type { LiveState } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';
import { MemberReview } from './MemberReview';
import { ReviewMatrix } from './ReviewMatrix';

export interface SelfReviewStepProps {
  state: LiveState;
  forumId: string;
}

type Tab = 'member' | 'matrix';
const TAB_KEY = 'tusoi-self-review-tab';

function storedTab(): Tab {
  try {
    return sessionStorage.getItem(TAB_KEY) === 'matrix' ? 'matrix' : 'member';
  } catch {
    return 'member';
  }
}

export function SelfReviewStep({ state, forumId }: SelfReviewStepProps) {
  const [tab, setTab] = useState<Tab>(storedTab);
  const readOnly = state.forum.status === 'closed';
  const choose = (value: string | null) => {
    const next: Tab = value === 'matrix' ? 'matrix' : 'member';
    setTab(next);
    try {
      sessionStorage.setItem(TAB_KEY, next);
    } catch {
      // Private mode without storage: the choice lasts until the step closes.
    }
  };
  return (
    <Tabs value={tab} onChange={choose} keepMounted={false} variant="outline">
      <Tabs.List aria-label={t.speech.tabsLabel} mb="md">
        <Tabs.Tab value="member" fz="md" fw={600}>
          {t.speech.tabMember}
        </Tabs.Tab>
        <Tabs.Tab value="matrix" fz="md" fw={600}>
          {t.speech.tabMatrix}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="member">
        <MemberReview state={state} forumId={forumId} readOnly={readOnly} />
      </Tabs.Panel>
      <Tabs.Panel value="matrix">
        <ReviewMatrix state={state} forumId={forumId} readOnly={readOnly} />
      </Tabs.Panel>
    </Tabs>
  );
}
