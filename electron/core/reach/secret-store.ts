/**
 * Where the mail password comes from. Never the database and never a backup: in the app it is kept
 * encrypted by the OS keychain (Electron's safeStorage, electron/main/keychain-secrets.ts); in browser
 * mode and the CLI it comes from an environment variable or a prompt, for this run only.
 */
export interface SecretStore {
  /** The password for `account` (the login name), or null when none is known. */
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  forget(account: string): Promise<void>;
}

/** The CLI's and browser mode's store: one environment variable, else an optional prompt; nothing kept. */
export function environmentSecrets(
  variable: string,
  env: NodeJS.ProcessEnv,
  prompt?: (question: string) => Promise<string>,
): SecretStore {
  const given = new Map<string, string>();
  return {
    async get(account) {
      const fromEnv = env[variable];
      if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
      if (given.has(account)) return given.get(account)!;
      if (!prompt) return null;
      const typed = await prompt(`Password for ${account}: `);
      given.set(account, typed);
      return typed;
    },
    async set(account, secret) {
      given.set(account, secret);
    },
    async forget(account) {
      given.delete(account);
    },
  };
}
