import { useEffect } from 'react';
import { t } from '../i18n';

/** Sets the window title to "<page> — Tự soi" so screen readers and the taskbar say where we are. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — ${t.app.name}` : t.app.name;
  }, [title]);
}
