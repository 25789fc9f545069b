import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DatabaseOpenError,
  isNativeModuleLoadFailure,
  NativeModuleError,
} from '../../electron/core/db/database-errors';
import { openDatabase } from '../../electron/core/db/open-database';
import { makeTempDir } from '../support/temp-db';

/**
 * When SQLite's native binary cannot load (too old a glibc, another system's binary), Village must say so,
 * not "cannot open its database" with backups to restore that cannot help.
 */
describe('a native module that cannot load', () => {
  it('is reported as the engine failing, not as a database problem, and no file is created', () => {
    const folder = makeTempDir();
    const broken = path.join(folder, 'better_sqlite3.node');
    fs.writeFileSync(broken, 'not a shared library');
    const file = path.join(folder, 'data', 'village.db');
    let thrown: unknown;
    try {
      openDatabase(file, { nativeBinding: broken }).close();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NativeModuleError);
    expect(thrown).not.toBeInstanceOf(DatabaseOpenError);
    expect((thrown as Error).message).toMatch(
      /^Village's database engine could not be loaded on this computer \(.+\)\. Your data is untouched; reinstalling Village usually fixes this\.$/,
    );
    expect((thrown as Error).message).not.toMatch(/restore|backup/i);
    expect(fs.existsSync(file)).toBe(false);
  });

  it.each([
    [
      "/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by " +
        '/opt/Village/resources/app.asar.unpacked/node_modules/better-sqlite3/prebuilds/linux-x64.node)',
      true,
    ],
    ['/tmp/x/better_sqlite3.node: invalid ELF header', true],
    ['The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.', true],
    ['\\\\?\\C:\\Village\\better_sqlite3.node is not a valid Win32 application.', true],
    [
      "dlopen(/Applications/Village.app/…/darwin-x64.node, 0x0001): tried: '…' (mach-o file, but is an incompatible architecture",
      true,
    ],
    ['SQLITE_CANTOPEN: unable to open database file', false],
    ['Cannot open database because the directory does not exist', false],
  ])('%s → native load failure: %s', (message, expected) => {
    expect(isNativeModuleLoadFailure(new Error(message))).toBe(expected);
  });

  it('names the glibc version needed when that is the cause', () => {
    const error = new NativeModuleError(
      "/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by linux-x64.node)",
    );
    expect(error.message).toBe(
      "Village's database engine cannot run on this computer: it needs GLIBC 2.34 or newer (Ubuntu " +
        '22.04, Debian 12, Fedora 35 or later). Your data is untouched.',
    );
  });
});
