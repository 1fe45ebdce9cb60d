// The cell the user last worked in, so the navbar keeps its context on screens without a cell in
// the URL (the catalogue). A preference only; the URL always wins.
const KEY = 'tusoi-last-cell';

export function rememberCell(id: string): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // Storage may be unavailable (private mode); the app works without it.
  }
}

export function lastCellId(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The same section of another cell: /cells/A/members → /cells/B/members. */
export function sameSectionIn(pathname: string, cellId: string): string {
  const section = /^\/cells\/[^/]+\/(members|forums)/.exec(pathname)?.[1];
  return section ? `/cells/${cellId}/${section}` : `/cells/${cellId}`;
}
