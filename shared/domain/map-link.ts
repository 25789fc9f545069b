/**
 * A park's map link as the organizer pastes it. Links copied from a phone's share sheet or typed by hand
 * often lack the scheme ("maps.app.goo.gl/…", "www.google.com/maps/…"): those are completed with
 * https://. Anything that is not a web address (another scheme such as javascript:, spaces, no dot in
 * the host) is refused, since the link is opened in the browser.
 */
export function completeMapLink(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const withScheme =
    /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/:]+:\d+(\/|$)/.test(trimmed)
      ? trimmed
      : `https://${trimmed.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (/\s/.test(trimmed) || !url.hostname.includes('.') || url.hostname.startsWith('.') || url.hostname.endsWith('.'))
    return null;
  // Keep what she typed (URL would re-encode it); only the scheme was missing.
  return withScheme;
}
