/**
 * Where Village keeps its data: the folder Electron's `app.getPath('userData')` names for an app called
 * "Village", worked out without Electron so the CLI and browser mode use the very same file.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Village';
export const DATABASE_FILE_NAME = 'village.db';

export interface LocationEnv {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  homedir: string;
}

const currentEnv = (): LocationEnv => ({ platform: process.platform, env: process.env, homedir: os.homedir() });

/** Electron's appData folder: %APPDATA% on Windows, Application Support on macOS, XDG config elsewhere. */
export function appDataFolder({ platform, env, homedir }: LocationEnv = currentEnv()): string {
  if (platform === 'win32') return env.APPDATA ?? path.win32.join(homedir, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME)
    ? env.XDG_CONFIG_HOME
    : path.join(homedir, '.config');
}

export function defaultDataFolder(location: LocationEnv = currentEnv()): string {
  const join = location.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataFolder(location), APP_FOLDER_NAME);
}

/** `--db PATH` wins, then `VILLAGE_DB`, then the user-data folder. */
export function resolveDatabasePath(options: { flag?: string; location?: LocationEnv } = {}): string {
  const location = options.location ?? currentEnv();
  if (options.flag) return path.resolve(options.flag);
  if (location.env.VILLAGE_DB) return path.resolve(location.env.VILLAGE_DB);
  const folder = defaultDataFolder(location);
  return location.platform === 'win32'
    ? path.win32.join(folder, DATABASE_FILE_NAME)
    : path.posix.join(folder, DATABASE_FILE_NAME);
}
