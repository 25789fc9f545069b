/**
 * Another account on the same computer must not be able to read a child's name: the database, its -wal
 * and -shm, backups and every file Village writes are 0600, Village's folders 0700, whatever the umask the
 * organizer's session started with (commonly 022, which makes new files world-readable).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../electron/core/app-version';
import { openCoreRuntime } from '../../electron/core/runtime/core-runtime';
import { village } from '../support/run-cli';
import { makeTempDir } from '../support/temp-db';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

function modesIn(folder: string): Record<string, string> {
  const modes: Record<string, string> = { '.': modeOf(folder).toString(8) };
  for (const name of fs.readdirSync(folder, { recursive: true }) as string[])
    modes[name] = modeOf(path.join(folder, name)).toString(8);
  return modes;
}

describe.skipIf(process.platform === 'win32')(
  'files only the organizer can read (POSIX modes; on Windows %APPDATA% is per-user by ACL)',
  () => {
    let umask: number;
    let savedEnv: NodeJS.ProcessEnv;
    beforeEach(() => {
      // A typical login umask: without Village's own, new files would be 0644 and folders 0755.
      umask = process.umask(0o022);
      savedEnv = { ...process.env };
    });
    afterEach(() => {
      process.umask(umask);
      process.env = savedEnv;
    });

    it('the CLI creates its folder, database, backups and every file it writes private', async () => {
      const config = makeTempDir();
      process.env.XDG_CONFIG_HOME = config;
      delete process.env.VILLAGE_DB;
      const out = makeTempDir();
      const run = async (...args: string[]) => expect((await village(...args)).code).toBe(0);
      await run('families', 'add', '--parent', 'Dana Reyes', '--kid', 'Mia:2y');
      await run('sessions', 'add', '--title', 'Picnic', '--date', '2030-05-01', '--start', '10:00', '--end', '11:00');
      await run('backup', '--out', path.join(out, 'by-hand.db'));
      await run('export', '--out', path.join(out, 'everything.json'));
      await run('families', 'export', '--out', path.join(out, 'families.csv'));
      await run('export-ics', '--all', '--out', path.join(out, 'meetups.ics'));

      const data = path.join(config, 'Village');
      const modes = modesIn(data);
      expect(Object.keys(modes)).toEqual(expect.arrayContaining(['village.db', 'backups']));
      expect(Object.keys(modes).some((name) => name.startsWith('backups/village-'))).toBe(true);
      for (const [name, mode] of Object.entries(modes))
        expect([name, mode]).toEqual([name, name === '.' || name === 'backups' ? '700' : '600']);
      expect(modesIn(out)).toEqual({
        '.': '700',
        'by-hand.db': '600',
        'everything.json': '600',
        'families.csv': '600',
        'meetups.ics': '600',
      });
    });

    it('tightens a database, its -wal and -shm, the backups folder and old backups made world-readable before', async () => {
      const config = makeTempDir();
      process.env.XDG_CONFIG_HOME = config;
      const data = path.join(config, 'Village');
      expect((await village('families', 'add', '--parent', 'Dana Reyes')).code).toBe(0);
      expect((await village('families', 'add', '--parent', 'Lena Kowalski')).code).toBe(0);
      const backups = path.join(data, 'backups');
      const [backup] = fs.readdirSync(backups);
      // As an older Village left them: files 0644 (with a -wal and -shm beside a restore copy) in 0755 folders.
      fs.copyFileSync(path.join(backups, backup!), path.join(backups, `${backup}-wal`));
      fs.copyFileSync(path.join(backups, backup!), path.join(backups, `${backup}-shm`));
      for (const file of [data, backups]) fs.chmodSync(file, 0o755);
      for (const name of ['village.db', `backups/${backup}`, `backups/${backup}-wal`, `backups/${backup}-shm`])
        fs.chmodSync(path.join(data, name), 0o644);
      process.umask(0o022);

      const runtime = openCoreRuntime({ databasePath: path.join(data, 'village.db'), version: APP_VERSION });
      try {
        runtime.dispatch('families.create', { parentName: 'Ana Silva' });
        // While Village has it open, SQLite's -wal and -shm exist: they take the database file's mode.
        expect(fs.existsSync(path.join(data, 'village.db-wal'))).toBe(true);
        for (const [name, mode] of Object.entries(modesIn(data)))
          expect([name, mode]).toEqual([name, name === '.' || name === 'backups' ? '700' : '600']);
      } finally {
        runtime.close();
      }
    });

    it('leaves the folder of a database chosen with --db as it is, but keeps the files in it private', async () => {
      const folder = makeTempDir();
      fs.chmodSync(folder, 0o755);
      expect(
        (await village('families', 'add', '--db', path.join(folder, 'test.db'), '--parent', 'Dana Reyes')).code,
      ).toBe(0);
      expect(modesIn(folder)).toEqual({ '.': '755', 'test.db': '600' });
    });
  },
);
