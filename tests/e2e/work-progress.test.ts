import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleFormsSheet } from '../../scripts/bench/google-forms-sheet';
import path from 'node:path';
import {
  chromiumAvailable,
  launchChromium,
  SCREENSHOTS,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { callApi } from '../support/api-over-http';
import { dropFile } from '../support/drop-file';

/**
 * A big sheet shows how far along it is, in real Chromium against browser mode: a progress bar with a
 * count while the sheet is read, and while it is imported, before the work is done.
 */
const ROWS = 60_000;

describe.skipIf(!chromiumAvailable)('progress of long work in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserMode();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.launchUrl);
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByText('Drop a sign-up sheet here').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** The bar's value and maximum as the page has them now. */
  async function barNow(name: RegExp): Promise<{ value: number; max: number }> {
    const bar = page.getByRole('progressbar', { name });
    await bar.waitFor({ timeout: 30_000 });
    const [value, max] = await Promise.all([bar.getAttribute('value'), bar.getAttribute('max')]);
    return { value: Number(value), max: Number(max) };
  }

  it('shows rows read of the total while a 60,000-row sheet is read for the preview', async () => {
    await dropFile(page, 'big-signups.csv', googleFormsSheet(ROWS, 0.2));
    const reading = /^Reading [\d,]+ of 60,000 rows…$/;
    const seen = await barNow(reading);
    await screenshot(page, 'progress-reading');
    expect(seen.max).toBe(ROWS);
    expect(seen.value).toBeGreaterThan(0);
    // Seen before the preview was there: the bar came while the sheet was still being read.
    expect(seen.value).toBeLessThan(ROWS);
    await page.locator('.import-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar').count()).toBe(0);
  });

  it('shows families written of the total while the import runs, then the result', async () => {
    // The generated names carry numbers ("Dana Reyes 12"), which Village asks to confirm.
    await page.locator('.confirm-names input[type="checkbox"]').check();
    await page.getByRole('button', { name: /^Import [\d,]+ new, 0 changed$/ }).click();
    const seen = await barNow(/^Importing [\d,]+ of [\d,]+ families…$/);
    // What the organizer sees around the bar (the whole page is long, with the preview's rows, and takes
    // longer to capture than the import takes to finish).
    await page.screenshot({ path: path.join(SCREENSHOTS, 'progress-importing.png') });
    expect(seen.value).toBeGreaterThan(0);
    expect(seen.max).toBeGreaterThan(40_000);
    await page
      .getByRole('status')
      .getByText(/^Imported big-signups\.csv: /)
      .waitFor({ timeout: 90_000 });
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('the Backups page shows a bar while it backs up, and the restore dialog says which step it is at', async () => {
    // The import above left ~48,000 families: copies and checks of that take a noticeable moment.
    await page.getByRole('link', { name: 'Backups' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByRole('progressbar', { name: 'Backing up…' }).waitFor();
    await page
      .getByRole('status')
      .getByText(/Backed up just now/)
      .waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar').count()).toBe(0);

    await callApi(app.launchUrl, 'families.create', { parentName: 'Added After The Backup', kids: [] });
    await page
      .getByRole('button', { name: /Restore the backup from/ })
      .first()
      .click();
    const dialog = page.getByRole('alertdialog', { name: 'Restore this backup?' });
    await dialog.getByRole('button', { name: 'Restore' }).click();
    const step = dialog.getByRole('progressbar', { name: /\(step [1-4] of 4\)…$/ });
    await step.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'progress-restoring.png') });
    expect(Number(await step.getAttribute('max'))).toBe(4);
    await page
      .getByRole('status')
      .getByText(/Restored the backup from/)
      .waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
  });
});
