// One of the forum's texts (đề dẫn, kiểm điểm tập thể, ý kiến cấp trên, kết luận) as an autosaving field.
import type { ReactNode } from 'react';
import type { LiveState, TextKind } from '../../../../src-main/contract/live';
import { AutosaveTextarea } from '../autosave';
import { storedText, textKey } from '../live-helpers';
import { useLiveAction } from '../useLive';

export interface ForumTextFieldProps {
  state: LiveState;
  forumId: string;
  kind: TextKind;
  subject?: string;
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  readOnly: boolean;
  minRows?: number;
}

/** Saves through live.saveText 400 ms after the last keystroke and on blur. */
export function useSaveText(forumId: string, kind: TextKind, subject = '') {
  const act = useLiveAction(forumId);
  return (text: string, baseVersion: number) => act('live.saveText', { forumId, kind, subject, text, baseVersion });
}

export function ForumTextField({ state, forumId, kind, subject = '', label, description, placeholder, readOnly, minRows = 4 }: ForumTextFieldProps) {
  const stored = storedText(state, kind, subject);
  const save = useSaveText(forumId, kind, subject);
  return (
    <AutosaveTextarea
      label={label}
      description={description}
      placeholder={readOnly ? undefined : placeholder}
      saveKey={textKey(forumId, kind, subject)}
      storedText={stored.text}
      storedVersion={stored.version}
      save={save}
      readOnly={readOnly}
      minRows={minRows}
      textSize="1.125rem"
    />
  );
}
