/**
 * Finds the Electron binary without triggering its download: `require('electron')` downloads on first
 * use, which on a machine without internet access fails (or hangs behind a proxy).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './build-if-stale.mjs';

const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');

/**
 * The binary's path if it is already on disk, else null. VILLAGE_ELECTRON_BINARY names another Electron
 * of the same major version (a distribution's /usr/bin/electron, or a test's stand-in).
 */
export function installedElectronBinary() {
  const chosen = process.env.VILLAGE_ELECTRON_BINARY;
  if (chosen) return fs.existsSync(chosen) ? chosen : null;
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(ELECTRON_DIR, 'dist');
  const binary = path.join(base, relative);
  return fs.existsSync(binary) ? binary : null;
}

/** Why Electron cannot show a window here, or null when it can (given its binary). */
export function displayProblem() {
  if (process.platform !== 'linux') return null;
  return process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? null : 'there is no display for a desktop window';
}
