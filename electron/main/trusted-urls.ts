/**
 * Pure URL rules for the Electron shell, kept apart from Electron so they are unit-tested under Node.
 */

/** Only the app's own page may call the API: the packaged index.html, or the dev server in development. */
export function isTrustedRendererUrl(url: string | undefined, rendererUrl: string): boolean {
  if (!url) return false;
  try {
    const actual = new URL(url);
    const expected = new URL(rendererUrl);
    if (expected.protocol === 'file:') return actual.protocol === 'file:' && actual.pathname === expected.pathname;
    return actual.origin === expected.origin;
  } catch {
    return false;
  }
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

/** `--db PATH` or `--db=PATH` among Electron's own arguments. */
export function dbFlagFrom(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--db') return argv[index + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}
