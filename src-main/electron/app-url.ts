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
