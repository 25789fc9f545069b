/**
 * Opening browser mode without its key on any command line. Handing `http://127.0.0.1:PORT/#key=…` to
 * xdg-open (or open, or explorer) puts the key in that process's arguments, which every account on the
 * computer can read (/proc/PID/cmdline, ps). Instead Village writes a small page only the organizer can
 * read, which forwards the browser to the address, and hands the browser that page's file name. This is
 * what Jupyter does (its jpserver-PID-open.html in the runtime folder).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRIVATE_FILE_MODE } from '../files/private-files';

export interface LaunchPage {
  file: string;
  /** The file:// address to give the browser: it names the page, not the key. */
  url: string;
  /** Removes the page (and its folder when Village made one); safe to call more than once. */
  remove(): void;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** XDG_RUNTIME_DIR is the user's own (0700, emptied at logout); elsewhere a fresh 0700 temp folder. */
function launchFolder(env: NodeJS.ProcessEnv): { folder: string; ours: boolean } {
  const runtime = env.XDG_RUNTIME_DIR;
  if (runtime && path.isAbsolute(runtime) && fs.existsSync(runtime)) return { folder: runtime, ours: false };
  return { folder: fs.mkdtempSync(path.join(os.tmpdir(), 'village-')), ours: true };
}

export function writeLaunchPage(launchUrl: string, env: NodeJS.ProcessEnv = process.env): LaunchPage {
  const { folder, ours } = launchFolder(env);
  const file = path.join(folder, `village-open-${randomBytes(6).toString('hex')}.html`);
  const target = escapeHtml(launchUrl);
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${target}"><title>Opening Village…</title></head>
<body><p>Opening Village… If nothing happens, <a href="${target}">click here to open Village</a>.</p></body></html>
`;
  // wx: never write through a file (or link) someone else put there first.
  fs.writeFileSync(file, html, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  let removed = false;
  return {
    file,
    url: pathToFileURL(file).href,
    remove: () => {
      if (removed) return;
      removed = true;
      fs.rmSync(ours ? folder : file, { recursive: true, force: true });
    },
  };
}
