/**
 * The per-launch key in browser mode: taken from the address once, kept for reloads of the tab. It is
 * written to sessionStorage only once the first screen is drawn (that first write is slow in a new tab),
 * so a reload at once, before then, must still find it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, startBrowserMode, type RunningApp } from '../support/browser-mode';

describe.skipIf(!chromiumAvailable)('the browser-mode key (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startBrowserMode();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('survives a reload straight after opening, and a later one, without showing the key', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    // A page that never gets idle (a busy machine): the key is kept when the page goes away, not before.
    await page.addInitScript('window.requestIdleCallback = () => 0;');
    await page.goto(app.launchUrl);
    await page.getByRole('heading', { name: 'Families', level: 1 }).waitFor();
    await page.reload();
    await page.getByText('Your village starts here').waitFor();
    await page.reload();
    await page.getByText('Your village starts here').waitFor();
    expect(page.url()).not.toContain('key=');
    expect(await page.getByText('Open Village with the address it printed').count()).toBe(0);
    await page.close();
  });

  it('is written for a reload only once the first screen is drawn, not while the app is still loading', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    // Each write notes whether the first rows (or the empty families screen) had been drawn by then.
    await page.addInitScript(`(() => {
      window.__keyWrites = [];
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name, value) {
        if (name === 'village.key') window.__keyWrites.push(document.querySelector('main h1') !== null);
        return setItem.call(this, name, value);
      };
    })()`);
    // The app's scripts take their time (a busy machine): the page is idle meanwhile.
    await page.route(/\/assets\/start-app-.*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(app.launchUrl);
    await page.getByRole('heading', { name: 'Families', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate<boolean[]>('window.__keyWrites')).toEqual([true]);
    await page.close();
  });
});
