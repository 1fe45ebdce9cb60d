// The one origin the desktop renderer lives at. Everything that decides "is this ours?" (navigation,
// IPC sender checks, the protocol handler) asks these helpers, so the rule is written once.
export const APP_SCHEME = 'app';
export const APP_HOST = 'tu-soi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on app://tu-soi/… (parsed, so `app://tu-soi.evil/` or `app://tu-soi@x/` fail). */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    url.startsWith(`${APP_ORIGIN}/`)
  );
}

/**
 * The presenter (projector) view of one forum, the only page a window may open: the app entry with
 * `#/present/<forumId>` and nothing else. Returns the canonical URL, or null for anything else.
 */
export function presenterUrl(url: unknown): string | null {
  if (!isAppUrl(url)) return null;
  const parsed = new URL(url as string);
  if (parsed.pathname !== '/index.html' || parsed.search !== '') return null;
  return /^#\/present\/[A-Za-z0-9_-]{1,64}$/.test(parsed.hash) ? `${APP_ENTRY_URL}${parsed.hash}` : null;
}
