// Ctrl+F (⌘F on a Mac) opens the search screen from anywhere in the app (UX.md); on the search
// screen it puts the cursor back in the box. Replaces the browser's find-in-page inside the app.
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

export const SEARCH_BOX_ID = 'search-box';

export function isSearchShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'f';
}

export function useSearchShortcut(): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      const box = document.getElementById(SEARCH_BOX_ID) as HTMLInputElement | null;
      if (pathname === '/search' && box) {
        box.focus();
        box.select();
      } else {
        navigate('/search');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, pathname]);
}
