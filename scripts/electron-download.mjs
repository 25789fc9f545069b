/**
 * Fetches Electron's binary for `npm start`, asynchronously and with visible progress, where the electron
 * package's own installer blocked `npm start` without a word for up to ten minutes (a server that accepts
 * and never answers held it ~5 minutes; a slow link restarted from zero each time).
 *
 * - gives up after 60 seconds without a byte (VILLAGE_DOWNLOAD_STALL_SECONDS changes that);
 * - checks the zip against the SHA-256 sums the electron package ships, then unpacks it where the
 *   package's installer would (node_modules/electron/dist, path.txt);
 * - remembers a failure for the rest of the day, so every later `npm start` opens browser mode at once
 *   instead of waiting again (the note lives in the user's cache folder; delete it to retry sooner).
 * ELECTRON_MIRROR is honored as by the electron package.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './build-if-stale.mjs';

const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/** Where the "download failed today" note is kept: the user's cache folder, per OS. */
export function failureNotePath(env = process.env, platform = process.platform) {
  const base =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'))
      : platform === 'darwin'
        ? path.join(os.homedir(), 'Library', 'Caches')
        : env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)
          ? env.XDG_CACHE_HOME
          : path.join(os.homedir(), '.cache');
  return path.join(base, 'Village', 'electron-download-failed.json');
}

function today() {
  return new Date().toLocaleDateString('en-CA');
}

/** Why today's download already failed, or null (none today, or the note is from another day). */
export function failedToday(notePath = failureNotePath()) {
  try {
    const note = JSON.parse(fs.readFileSync(notePath, 'utf8'));
    return note.date === today() && typeof note.reason === 'string' ? note.reason : null;
  } catch {
    return null;
  }
}

function rememberFailure(reason, notePath) {
  try {
    fs.mkdirSync(path.dirname(notePath), { recursive: true });
    fs.writeFileSync(notePath, JSON.stringify({ date: today(), reason }));
  } catch {
    // Not being able to remember only means trying again next time.
  }
}

function megabytes(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}

/**
 * Streams `url` into `file`, calling onProgress(received, total) as bytes arrive, and aborting when no
 * byte came for `stallMs` (also while waiting for the server to answer at all).
 */
export async function downloadWithProgress(url, file, { stallMs, onProgress = () => undefined }) {
  const controller = new AbortController();
  let timer;
  const arm = () => {
    clearTimeout(timer);
    const seconds = Math.max(1, Math.round(stallMs / 1000));
    timer = setTimeout(
      () => controller.abort(new Error(`no data for ${seconds} second${seconds === 1 ? '' : 's'}`)),
      stallMs,
    );
  };
  arm();
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    if (!response.ok || !response.body) throw new Error(`the server answered ${response.status}`);
    const total = Number(response.headers.get('content-length')) || null;
    const out = fs.createWriteStream(file);
    let received = 0;
    try {
      for await (const chunk of response.body) {
        arm();
        received += chunk.length;
        if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
        onProgress(received, total);
      }
    } finally {
      await new Promise((resolve) => out.end(resolve));
    }
    if (total !== null && received !== total)
      throw new Error(`the download ended early (${megabytes(received)} of ${megabytes(total)} MB)`);
    return received;
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/** A progress line every 10%, or every 10 MB when the size is unknown: visible without flooding a log. */
function progressPrinter(write) {
  let shown = -1;
  return (received, total) => {
    const step = total ? Math.floor((received / total) * 10) : Math.floor(received / (10 * 1024 * 1024));
    if (step === shown) return;
    shown = step;
    write(
      total
        ? `Getting Electron ready (first run only): ${megabytes(received)} of ${megabytes(total)} MB\n`
        : `Getting Electron ready (first run only): ${megabytes(received)} MB\n`,
    );
  };
}

function platformPath(platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * Downloads and unpacks Electron. Resolves to null on success, or to the reason it failed (also
 * remembered for the day). Progress lines go to `write` (stderr by default: stdout keeps the one line
 * that says where Village is running).
 */
export async function fetchElectron({
  env = process.env,
  write = (text) => process.stderr.write(text),
  notePath = failureNotePath(env),
} = {}) {
  const { version } = JSON.parse(fs.readFileSync(path.join(ELECTRON_DIR, 'package.json'), 'utf8'));
  const fileName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  const mirror = env.ELECTRON_MIRROR ?? DEFAULT_MIRROR;
  const url = `${mirror.endsWith('/') ? mirror : `${mirror}/`}v${version}/${fileName}`;
  const stallMs = Number(env.VILLAGE_DOWNLOAD_STALL_SECONDS ?? 60) * 1000;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'village-electron-'));
  const zip = path.join(folder, fileName);
  write('Getting Electron ready (first run only)…\n');
  try {
    await downloadWithProgress(url, zip, { stallMs, onProgress: progressPrinter(write) });
    const expected = JSON.parse(fs.readFileSync(path.join(ELECTRON_DIR, 'checksums.json'), 'utf8'))[fileName];
    const actual = createHash('sha256').update(fs.readFileSync(zip)).digest('hex');
    if (expected !== actual) throw new Error('the file downloaded is not the one Electron published');
    write('Unpacking Electron…\n');
    // The electron package's own unpacker, loaded from where the package resolves it.
    const { extract } = await import(
      createRequire(path.join(ELECTRON_DIR, 'install.js')).resolve('@electron-internal/extract-zip')
    );
    await extract(zip, { dir: path.join(ELECTRON_DIR, 'dist') });
    fs.writeFileSync(path.join(ELECTRON_DIR, 'path.txt'), platformPath(process.platform));
    return null;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    // fetch says only "fetch failed"; its cause names what happened (ECONNREFUSED, ENOTFOUND, …).
    const reason =
      error instanceof Error && error.message === 'fetch failed' && cause
        ? `could not reach ${new URL(url).host} (${cause.code ?? cause.message})`
        : error instanceof Error
          ? error.message
          : String(error);
    rememberFailure(reason, notePath);
    return reason;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
