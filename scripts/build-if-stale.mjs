/**
 * Builds the app (electron-vite) unless `out/` is newer than every source file. Used by `npm start`,
 * `npm run bench` and the test suite, so none of them runs stale code and none rebuilds for nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['electron', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json', 'package-lock.json'];
const STAMP = path.join(ROOT, 'out', '.build-stamp');

function newestMtime(target) {
  const full = path.join(ROOT, target);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full)
    .reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

export function buildIfStale({ quiet = false } = {}) {
  const built = fs.existsSync(STAMP) ? fs.statSync(STAMP).mtimeMs : 0;
  if (built >= Math.max(...SOURCES.map(newestMtime))) return false;
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'),
      'build',
      ...(quiet ? ['--logLevel', 'warn'] : []),
    ],
    {
      cwd: ROOT,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error('Building Village failed; see the messages above.');
  }
  fs.writeFileSync(STAMP, new Date().toISOString());
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfStale({ quiet: process.argv.includes('--quiet') });
