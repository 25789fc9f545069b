import { describe, expect, it } from 'vitest';
import { defaultDataFolder, resolveDatabasePath } from '../../electron/core/db/data-location';

describe('data location', () => {
  it.each([
    [{ platform: 'linux', env: {}, homedir: '/home/ana' }, '/home/ana/.config/Village'],
    [{ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/cfg' }, homedir: '/home/ana' }, '/data/cfg/Village'],
    [{ platform: 'linux', env: { XDG_CONFIG_HOME: 'relative' }, homedir: '/home/ana' }, '/home/ana/.config/Village'],
    [{ platform: 'darwin', env: {}, homedir: '/Users/ana' }, '/Users/ana/Library/Application Support/Village'],
    [
      { platform: 'win32', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, homedir: 'C:\\Users\\ana' },
      'C:\\Users\\ana\\AppData\\Roaming\\Village',
    ],
  ] as const)('%o → %s', (location, folder) => {
    expect(defaultDataFolder({ ...location, env: { ...location.env } })).toBe(folder);
  });

  it('prefers --db, then VILLAGE_DB, then the user-data folder', () => {
    const location = { platform: 'linux' as const, env: { VILLAGE_DB: '/tmp/env.db' }, homedir: '/home/ana' };
    expect(resolveDatabasePath({ flag: '/tmp/flag.db', location })).toBe('/tmp/flag.db');
    expect(resolveDatabasePath({ location })).toBe('/tmp/env.db');
    expect(resolveDatabasePath({ location: { ...location, env: {} } })).toBe('/home/ana/.config/Village/village.db');
  });
});
