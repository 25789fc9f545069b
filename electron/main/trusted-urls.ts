/**
 * Pure URL rules for the Electron shell, kept apart from Electron so they are unit-tested under Node.
 */

/**
 * Only the app's own page may call the API: village://app (the packaged and built renderer), or the dev
 * server in development. Compared by scheme and host, because WHATWG URL gives every non-special scheme
 * the opaque origin "null". file:// is never trusted: the renderer no longer loads from it.
 */
export function isTrustedRendererUrl(url: string | undefined, rendererUrl: string): boolean {
  if (!url) return false;
  try {
    const actual = new URL(url);
    const expected = new URL(rendererUrl);
    if (expected.protocol === 'file:' || actual.protocol === 'file:') return false;
    return actual.protocol === expected.protocol && actual.host === expected.host && actual.host !== '';
  } catch {
    return false;
  }
}

/**
 * The one permission the window needs: writing sanitized text to the clipboard ("Copy emails"), and only
 * for the app's own page. Everything else (camera, notifications, geolocation, …) stays denied.
 */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  rendererUrl: string,
): boolean {
  return permission === 'clipboard-sanitized-write' && isTrustedRendererUrl(requestingUrl, rendererUrl);
}

/** A link the organizer clicked may open in her browser only if it is plain http(s). */
export function externalUrlToOpen(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/**
 * A `mailto:` link (the "without a password" batches) goes to her mail program; nothing else does. Only
 * a link she clicks in the page reaches this (will-navigate), never a redirect.
 */
export function mailLinkToOpen(url: string): string | null {
  try {
    return new URL(url).protocol === 'mailto:' ? url : null;
  } catch {
    return null;
  }
}

/** `--db PATH` or `--db=PATH` among Electron's own arguments. */
export function dbFlagFrom(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--db') return argv[index + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}
