/**
 * Issue 15: what an import flags as a possible match beyond the parent's name is listed in the
 * duplicates review, for the organizer to merge or keep apart; a name alone is not. Chromium against
 * browser mode.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/api-over-http';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';

describe.skipIf(!chromiumAvailable)('the duplicates review after an import (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserMode();
    await callApi(app.launchUrl, 'families.create', {
      parentName: 'Ann Lee',
      phone: '555-1000',
      kids: [{ name: 'Mia', birthDate: '2024-06-01', birthPrecision: 'day' }],
    });
    await callApi(app.launchUrl, 'families.create', {
      parentName: 'Otto Berg',
      email: 'otto@example.org',
      kids: [{ name: 'Ida', birthDate: '2023-01-01', birthPrecision: 'day' }],
    });
    // Another Ann Lee with a Mia whose age does not fit, and another Otto Berg with no kid in common.
    const text = 'Name,Email,Phone,Kid name,Age\nAnn Lee,,555-2000,Mia,7\nOtto Berg,otto.b@example.org,,Finn,4\n';
    const sheet = { fileName: 'spring.csv', data: Buffer.from(text).toString('base64'), agesAsOf: '2026-09-01' };
    const preview = (await callApi(app.launchUrl, 'import.preview', sheet)) as { rows: { possibleMatch: boolean }[] };
    expect(preview.rows.map((row) => row.possibleMatch)).toEqual([true, true]);
    await callApi(app.launchUrl, 'import.commit', sheet);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    await page.goto(app.launchUrl);
    await page.getByRole('button', { name: 'Find duplicates' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists the two Ann Lees with a Mia each, and not the two Otto Bergs who share only a name', async () => {
    await page.getByRole('button', { name: 'Find duplicates' }).click();
    const dialog = page.getByRole('dialog', { name: 'Possible duplicates' });
    const pair = dialog.getByRole('listitem', { name: 'Ann Lee and Ann Lee' });
    await pair.getByText('Same name, a kid of the same name or age').waitFor();
    await screenshot(page, 'duplicates-after-import');
    expect(await dialog.getByRole('listitem', { name: /Otto Berg/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Done' }).click();
  });
});
