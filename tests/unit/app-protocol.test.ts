import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from '../../electron/main/app-protocol';
import { makeTempDir } from '../support/temp-db';

/**
 * The window's page comes from village://app/…, mapped onto the built renderer folder. Installs and
 * checkouts in folders whose names hold `#`, `?` or `%` broke the old file:// URL; they must not matter.
 */
function rendererIn(folderName: string): string {
  const root = path.join(makeTempDir(), folderName, 'out', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="./assets/index.js"></script>',
  );
  fs.writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log("village")');
  fs.writeFileSync(path.join(path.dirname(path.dirname(root)), 'secret.txt'), 'outside the renderer');
  return root;
}

describe('the village:// protocol handler', () => {
  it('lets V8 keep the compiled scripts between starts (code cache needs a standard scheme) and Chromium keep the hashed files', async () => {
    // Electron caches compiled code for http(s) only unless the scheme asks for it.
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, codeCache: true });
    const handle = createAppProtocolHandler(rendererIn('Village'));
    const script = handle({ url: new URL('./assets/index.js', APP_PAGE_URL).toString() });
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(handle({ url: APP_PAGE_URL }).headers.get('cache-control')).toBe('no-store');
  });

  it.each(['Village', 'Mom #1 files', 'What? Village', '100% Village', 'a%20b#c?d'])(
    'serves the app from a folder named %j',
    async (folderName) => {
      const handle = createAppProtocolHandler(rendererIn(folderName));
      const page = handle({ url: APP_PAGE_URL, method: 'GET' });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await page.text()).toContain('<div id="root">');
      const script = handle({ url: new URL('./assets/index.js', APP_PAGE_URL).toString() });
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await script.text()).toBe('console.log("village")');
      // A reload on a client-side route still opens the app.
      expect(await handle({ url: 'village://app/families?x=1#top' }).text()).toContain('<div id="root">');
    },
  );

  it.each([
    ['village://app/../secret.txt', 404],
    ['village://app/%2e%2e/secret.txt', 404],
    ['village://app/..%2fsecret.txt', 404],
    ['village://app/assets/missing.js', 404],
    ['village://other/index.html', 404],
    ['file:///etc/passwd', 404],
    ['not a url', 400],
  ])('%s → %i', (url, status) => {
    expect(createAppProtocolHandler(rendererIn('Village'))({ url }).status).toBe(status);
  });

  it('answers only reads', () => {
    expect(createAppProtocolHandler(rendererIn('Village'))({ url: APP_PAGE_URL, method: 'POST' }).status).toBe(405);
  });
});
