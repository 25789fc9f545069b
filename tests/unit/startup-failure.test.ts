import { describe, expect, it } from 'vitest';
import { NativeModuleError } from '../../electron/core/db/database-errors';
import { cliArgumentsFrom } from '../../electron/main/cli-mode';
import { describeStartupFailure } from '../../electron/main/startup-failure';

function systemError(code: string, path?: string): Error {
  return Object.assign(new Error(`${code}: something`), { code, ...(path ? { path } : {}) });
}

describe('describeStartupFailure', () => {
  const db = '/home/dana/.config/Village/village.db';
  it.each([
    [
      systemError('ENOSPC'),
      'The disk is full, so Village could not prepare its data (/home/dana/.config/Village/village.db). Free some space and open Village again.',
    ],
    [
      Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
      'The disk is full, so Village could not prepare its data (/home/dana/.config/Village/village.db). Free some space and open Village again.',
    ],
    [
      systemError('EACCES', '/media/usb/Village'),
      "Village is not allowed to write to the folder for its data (/media/usb/Village). Choose another place with --db, or check the folder's permissions.",
    ],
    [
      systemError('ENOTDIR', '/home/dana/.config/Village/backups'),
      'Village could not create the folder for its data (/home/dana/.config/Village/backups): a file is in the way. Choose another place with --db.',
    ],
    [
      new Error('no such column: kids.nickname'),
      'Something went wrong while Village was starting: no such column: kids.nickname. Your data ' +
        'was not changed. Please open Village again; if this keeps happening, send this message to whoever set Village up for you.',
    ],
  ])('%s → %s', (error, message) => {
    expect(describeStartupFailure(error, db)).toEqual({ title: 'Village could not start', message });
  });

  it('passes the native-module message through: it already says what to do', () => {
    const error = new NativeModuleError('/x/better_sqlite3.node: invalid ELF header');
    expect(describeStartupFailure(error, db).message).toBe(error.message);
  });
});

describe('cliArgumentsFrom', () => {
  it.each([
    [['/opt/Village/village-app'], null],
    [['/opt/Village/village-app', '--db', '/tmp/a.db'], null],
    [['/opt/Village/village-app', '--ozone-platform=headless', '--village-cli'], []],
    [
      ['/opt/Village/village-app', '--ozone-platform=headless', '--village-cli', 'families', 'list', '--json'],
      ['families', 'list', '--json'],
    ],
  ])('%o → %o', (argv, expected) => {
    expect(cliArgumentsFrom(argv)).toEqual(expected);
  });
});
