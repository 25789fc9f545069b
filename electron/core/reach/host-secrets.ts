/**
 * The mail password as the process that serves the window holds it (Electron's main process, browser
 * mode's host): typed once on the page, kept in this process's memory for the run, and in the OS
 * keychain only when the organizer ticks "Remember" and the app has one. It reaches the worker with each
 * send as part of the call, never as a stored value: not in the database, a backup, a log or a URL.
 */
import type { SecretStore } from './secret-store';

export interface HostSecrets {
  get(user: string): Promise<string | null>;
  /** Keeps a typed password for this run; also in the keychain when asked and possible. */
  keep(user: string, password: string, remember: boolean): Promise<void>;
  forget(user: string): Promise<void>;
  /** Whether "Remember" can keep it past this run (Electron with a real keychain). */
  canRemember(): boolean;
}

export function hostSecrets(
  keychain: SecretStore | null = null,
  keychainUsable: () => boolean = () => false,
): HostSecrets {
  const typed = new Map<string, string>();
  return {
    async get(user) {
      return typed.get(user) ?? (keychain && keychainUsable() ? await keychain.get(user) : null);
    },
    async keep(user, password, remember) {
      typed.set(user, password);
      if (remember && keychain && keychainUsable()) await keychain.set(user, password);
    },
    async forget(user) {
      typed.delete(user);
      if (keychain) await keychain.forget(user);
    },
    canRemember: () => keychain !== null && keychainUsable(),
  };
}
