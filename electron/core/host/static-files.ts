/** Serves the built renderer's files, and nothing outside its folder. */
import fs from 'node:fs';
import path from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** How long a browser may keep it: the build's hashed files for good, anything else never (see below). */
  cacheControl: string;
}

/**
 * Vite names every file in `assets/` after a hash of its content, so a name never gets other bytes: the
 * browser keeps them (no request at all from a second tab, and V8's code cache for the scripts). The page
 * names this build's files and is asked for afresh, like every other answer of the host.
 */
const HASHED_FOLDER = 'assets';
export const KEEP_FOR_GOOD = 'public, max-age=31536000, immutable';
export const NEVER_KEEP = 'no-store';

/**
 * Resolves a URL path inside `root`. Unknown paths without an extension fall back to index.html so a
 * reload on a client-side route still opens the app; `..` and encoded separators never leave `root`.
 */
export function readStaticFile(rootDir: string, urlPath: string): StaticFile | null {
  // Absolute and without a trailing separator, so the "inside root" check below compares like with like.
  const root = path.resolve(rootDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = path.normalize(decoded).replace(/^([/\\])+/, '');
  const candidate = path.resolve(root, relative === '' ? 'index.html' : relative);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  const file =
    fs.existsSync(candidate) && fs.statSync(candidate).isFile()
      ? candidate
      : path.extname(candidate) === ''
        ? path.join(root, 'index.html')
        : null;
  if (!file || !fs.existsSync(file)) return null;
  const hashed = path.dirname(file) === path.join(root, HASHED_FOLDER);
  return {
    body: fs.readFileSync(file),
    contentType: MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
    cacheControl: hashed ? KEEP_FOR_GOOD : NEVER_KEEP,
  };
}
