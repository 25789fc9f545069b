/**
 * The mail password in the app: sealed by Electron's safeStorage (faked at the module boundary), in a
 * private file of its own, never in the database; refused where Linux has no keychain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { makeTempDir } from '../support/temp-db';

function fakeSafeStorage(backend = 'gnome_libsecret') {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    // A reversible stand-in for the OS's encryption: enough to show the file never holds the plain text.
    encryptString: (text: string) => Buffer.from([...Buffer.from(text, 'utf8')].map((byte) => byte ^ 0x5a)),
    decryptString: (sealed: Buffer) => Buffer.from([...sealed].map((byte) => byte ^ 0x5a)).toString('utf8'),
  };
}

async function loadWith(safeStorage: ReturnType<typeof fakeSafeStorage>) {
  vi.resetModules();
  vi.doMock('electron', () => ({ safeStorage }));
  return import('../../electron/main/keychain-secrets');
}

afterEach(() => {
  vi.doUnmock('electron');
});

describe('keychain secrets', () => {
  it('keeps the password sealed in a private file, never in the database', async () => {
    const { keychainSecrets } = await loadWith(fakeSafeStorage());
    const folder = makeTempDir();
    const db = openDatabase(path.join(folder, 'village.db'));
    const store = keychainSecrets(folder);
    await store.set('organizer@example.org', 'abcd efgh ijkl mnop');
    expect(await store.get('organizer@example.org')).toBe('abcd efgh ijkl mnop');
    expect(await keychainSecrets(folder).get('organizer@example.org')).toBe('abcd efgh ijkl mnop');
    const file = path.join(folder, 'mail-secrets.json');
    expect(fs.readFileSync(file, 'utf8')).not.toContain('abcd efgh');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    db.close();
    const everything = fs.readFileSync(path.join(folder, 'village.db'));
    expect(everything.includes(Buffer.from('abcd efgh'))).toBe(false);
    await store.forget('organizer@example.org');
    expect(await store.get('organizer@example.org')).toBeNull();
  });

  it('keeps nothing where Linux has no keychain', async () => {
    const { keychainSecrets, keychainAvailable } = await loadWith(fakeSafeStorage('basic_text'));
    const store = keychainSecrets(makeTempDir());
    if (process.platform === 'linux') {
      expect(keychainAvailable()).toBe(false);
      await expect(store.set('a@example.org', 'secret')).rejects.toThrow(
        'This computer has no keychain Village can use, so the password will be asked for each time.',
      );
    }
  });
});

describe('environment secrets (CLI and browser mode)', () => {
  it('reads the variable, else asks once, else has none', async () => {
    const { environmentSecrets } = await import('../../electron/core/reach/secret-store');
    expect(
      await environmentSecrets('VILLAGE_SMTP_PASSWORD', { VILLAGE_SMTP_PASSWORD: 'from-env' }).get('a@example.org'),
    ).toBe('from-env');
    const asked: string[] = [];
    const prompted = environmentSecrets('VILLAGE_SMTP_PASSWORD', {}, async (question) => {
      asked.push(question);
      return 'typed';
    });
    expect(await prompted.get('a@example.org')).toBe('typed');
    expect(await prompted.get('a@example.org')).toBe('typed');
    expect(asked).toEqual(['Password for a@example.org: ']);
    expect(await environmentSecrets('VILLAGE_SMTP_PASSWORD', {}).get('a@example.org')).toBeNull();
  });

  it('in the app, keeps a typed password for the run and in the keychain only when asked to remember', async () => {
    const { appSecrets } = await loadWith(fakeSafeStorage());
    const folder = makeTempDir();
    const run = appSecrets(folder);
    expect(run.canRemember()).toBe(true);
    await run.keep('organizer@example.org', 'for this run', false);
    expect(await run.get('organizer@example.org')).toBe('for this run');
    expect(await appSecrets(folder).get('organizer@example.org')).toBeNull();
    await run.keep('organizer@example.org', 'kept sealed', true);
    expect(await appSecrets(folder).get('organizer@example.org')).toBe('kept sealed');
    expect(fs.readFileSync(path.join(folder, 'mail-secrets.json'), 'utf8')).not.toContain('kept sealed');
  });

  it('in the app on a Linux without a keychain, offers no Remember and writes nothing', async () => {
    const { appSecrets } = await loadWith(fakeSafeStorage('basic_text'));
    const folder = makeTempDir();
    const run = appSecrets(folder);
    expect(run.canRemember()).toBe(false);
    await run.keep('organizer@example.org', 'asked each time', true);
    expect(await run.get('organizer@example.org')).toBe('asked each time');
    expect(fs.existsSync(path.join(folder, 'mail-secrets.json'))).toBe(false);
  });
});
