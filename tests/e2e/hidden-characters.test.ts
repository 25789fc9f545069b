/**
 * A name pasted with a hidden direction override (it would display as another name) is refused in the
 * family dialog, next to the field, and nothing is saved.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';

describe.skipIf(!chromiumAvailable)('hidden characters in the family dialog (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserMode();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    await page.goto(app.launchUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('refuses a parent name with a right-to-left override next to the field, saving nothing', async () => {
    await page.getByRole('button', { name: 'Add a family', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a family' });
    await dialog.getByLabel('Parent or caregiver').fill('Anna\u202EnosliW');
    await dialog.getByRole('button', { name: 'Save family' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByLabel('Parent or caregiver').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.innerText()).toContain(
      "The parent's name contains a hidden character that changes the direction text is shown in",
    );
    await screenshot(page, 'family-dialog-hidden-character');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Your village starts here').waitFor();
  });
});
