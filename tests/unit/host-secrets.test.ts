import { describe, expect, it } from 'vitest';
import { hostSecrets } from '../../electron/core/reach/host-secrets';
import type { SecretStore } from '../../electron/core/reach/secret-store';

/** A keychain as the app's store behaves (electron/main/keychain-secrets.ts), kept in a map here. */
function keychain(): SecretStore & { kept: Map<string, string> } {
  const kept = new Map<string, string>();
  return {
    kept,
    get: async (account) => kept.get(account) ?? null,
    set: async (account, secret) => void kept.set(account, secret),
    forget: async (account) => void kept.delete(account),
  };
}

describe('the mail password as the host holds it', () => {
  it.each([
    ['browser mode (no keychain), not asked to remember', null, false, false],
    ['browser mode (no keychain), asked to remember', null, true, false],
    ['the app with a keychain, not asked to remember', true, false, false],
    ['the app with a keychain, asked to remember', true, true, true],
    ['the app on Linux without a keychain, asked to remember', false, true, false],
  ])('%s', async (_name, usable, remember, inKeychain) => {
    const store = keychain();
    const secrets = usable === null ? hostSecrets() : hostSecrets(store, () => usable);
    expect(await secrets.get('maya@example.org')).toBeNull();
    await secrets.keep('maya@example.org', 'pw', remember);
    expect(await secrets.get('maya@example.org')).toBe('pw');
    expect(store.kept.has('maya@example.org')).toBe(inKeychain);
    expect(secrets.canRemember()).toBe(usable === true);
    await secrets.forget('maya@example.org');
    expect(await secrets.get('maya@example.org')).toBeNull();
    expect(store.kept.size).toBe(0);
  });

  it('finds a password remembered in an earlier run', async () => {
    const store = keychain();
    await store.set('maya@example.org', 'from-before');
    expect(await hostSecrets(store, () => true).get('maya@example.org')).toBe('from-before');
    expect(await hostSecrets(store, () => false).get('maya@example.org')).toBeNull();
  });
});
