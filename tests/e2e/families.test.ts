import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';

describe.skipIf(!chromiumAvailable)('families in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserMode();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(app.launchUrl);
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('welcomes a new organizer with an empty roster and removes the key from the address bar', async () => {
    await page.getByText('Your village starts here').waitFor();
    expect(page.url()).not.toContain('key=');
    await screenshot(page, 'families-empty');
  });

  it('adds a family with two kids, one by birth date and one by age, and keeps it after a reload', async () => {
    await page.getByRole('button', { name: 'Add a family' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a family' });
    await dialog.getByLabel('Parent or caregiver').fill('Dana Reyes');
    await dialog.getByLabel('Email').fill('dana.reyes@example.org');
    await dialog.getByLabel('Phone').fill('(555) 201-3344');
    await dialog.getByLabel('Neighborhood').fill('Maple Heights');
    await dialog.getByLabel('Name').first().fill('Mia');
    await dialog.getByLabel('Birth date').fill('2024-08-20');
    await dialog.getByRole('button', { name: '+ Add a kid' }).click();
    await dialog.getByLabel('Name').nth(1).fill('Leo');
    await dialog.getByRole('radiogroup', { name: "How do you know Leo's age?" }).getByText('Age').click();
    await dialog.getByLabel("Leo's age in years").fill('4');
    await screenshot(page, 'family-dialog-filled');
    await dialog.getByRole('button', { name: 'Save family' }).click();

    await page.getByRole('status').getByText('Added Dana Reyes.').waitFor();
    const row = page.getByRole('row', { name: /Dana Reyes/ });
    expect(await row.innerText()).toContain('Mia');
    await screenshot(page, 'families-one-family');

    await page.reload();
    const reloaded = page.getByRole('row', { name: /Dana Reyes/ });
    await reloaded.waitFor();
    const text = await reloaded.innerText();
    expect(text).toContain('Mia');
    expect(text).toContain('Leo');
    expect(text).toContain('≈ 4 y');
    expect(text).toContain('dana.reyes@example.org');
  });

  it('shows the API error for a bad email next to the field and saves nothing', async () => {
    await page.getByRole('button', { name: 'Add family' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a family' });
    await dialog.getByLabel('Parent or caregiver').fill('Priya Natarajan');
    await dialog.getByLabel('Email').fill('priya at example');
    await dialog.getByRole('button', { name: 'Save family' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    // Focus moves to the field to fix.
    expect(await page.locator('*:focus').getAttribute('type')).toBe('email');
    expect(await dialog.innerText()).toContain('email address does not look right');
    await screenshot(page, 'family-dialog-error');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('row', { name: /Priya/ }).count()).toBe(0);
  });

  it('edits a kid and deletes the family after confirming', async () => {
    await page.getByRole('button', { name: 'Edit Dana Reyes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Dana Reyes' });
    await dialog.getByLabel('Birth date').fill('2024-08-21');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved changes to Dana Reyes.').waitFor();

    await page.getByRole('button', { name: 'Edit Dana Reyes' }).click();
    await page.getByRole('button', { name: 'Delete family…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete Dana Reyes?' });
    await screenshot(page, 'family-delete-confirm');
    await confirm.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByText('Your village starts here').waitFor();
  });

  it('reaches every page from the keyboard', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Families' }).waitFor();
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // Families
    await page.keyboard.press('Tab'); // Sessions
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    expect(await page.getByRole('link', { name: 'Sessions' }).getAttribute('aria-current')).toBe('page');
    await screenshot(page, 'sessions-from-keyboard');
  });
});
