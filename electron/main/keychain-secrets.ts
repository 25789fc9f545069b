/**
 * The app's secret store: the mail password encrypted by the OS keychain through Electron's safeStorage
 * (Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux), kept in its own private
 * file beside the settings — never in the database, so never in a backup or an export. Where Linux has
 * no keychain (safeStorage falls back to a hard-coded key, "basic_text"), nothing is kept: the password
 * is asked for each time instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { PRIVATE_FILE_MODE } from '../core/files/private-files';
import { hostSecrets, type HostSecrets } from '../core/reach/host-secrets';
import type { SecretStore } from '../core/reach/secret-store';

type Stored = Record<string, string>;

export function keychainAvailable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

export function keychainSecrets(folder: string): SecretStore {
  const file = path.join(folder, 'mail-secrets.json');
  const read = (): Stored => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Stored;
    } catch {
      return {};
    }
  };
  const write = (stored: Stored) => {
    const temporary = `${file}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(stored), { mode: PRIVATE_FILE_MODE });
    fs.renameSync(temporary, file);
  };
  return {
    async get(account) {
      const sealed = read()[account];
      if (sealed === undefined || !keychainAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        // Sealed by another user account or a reset keychain: ask again rather than fail.
        return null;
      }
    },
    async set(account, secret) {
      if (!keychainAvailable())
        throw new Error('This computer has no keychain Village can use, so the password will be asked for each time.');
      write({ ...read(), [account]: safeStorage.encryptString(secret).toString('base64') });
    },
    async forget(account) {
      const stored = read();
      delete stored[account];
      write(stored);
    },
  };
}

/**
 * The window's password store: typed on the page and kept for the run, and in the keychain when she
 * ticks "Remember" and this computer has one (otherwise the box is not offered).
 */
export function appSecrets(folder: string): HostSecrets {
  return hostSecrets(keychainSecrets(folder), keychainAvailable);
}
