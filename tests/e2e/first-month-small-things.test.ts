/**
 * Issue 16, "First launch and small things": a new organizer opens Village for the first time, adds a
 * family expecting a baby, a park from a copied map link, imports her sign-up sheet, and checks in a
 * walk-in whose kid has no name, at the three window sizes she used.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAge } from '../../shared/domain/age';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { chromiumAvailable, launchChromium, startBrowserMode, type RunningApp } from '../support/browser-mode';
import { ORGANIZER_VIEWPORTS, screenshotsAtEachSize } from '../support/viewports';
import { addPark, addSessionUnderWay } from '../support/seed-sessions';

describe.skipIf(!chromiumAvailable)('first launch and small things (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const dueDate = formatIsoDate(addDays(parseIsoDate(localToday())!, 70));

  beforeAll(async () => {
    app = await startBrowserMode();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: ORGANIZER_VIEWPORTS[0] });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
    });
    // Success messages fade after a while: the page's clock is ours to move forward.
    await page.clock.install();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('loads with a favicon and not a single console error', async () => {
    await page.goto(app.launchUrl, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Families' }).waitFor();
    expect(errors).toEqual([]);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBeTruthy();
    const response = await fetch(new URL(icon!, app.launchUrl.split('#')[0]));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toContain('<svg');
  });

  it('the empty Families screen offers to import a sign-up sheet first, beside adding a family', async () => {
    const empty = page.locator('.empty-state');
    await empty.getByText('Your village starts here').waitFor();
    const actions = await empty.getByRole('button').allInnerTexts();
    expect(actions).toEqual(['Import a sign-up sheet', 'Add a family']);
    await screenshotsAtEachSize(page, 'first-month-families-empty');
    await empty.getByRole('button', { name: 'Import a sign-up sheet' }).click();
    await page.getByRole('heading', { name: 'Import' }).waitFor();
    expect(await page.getByRole('link', { name: 'Import' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'Families' }).click();
    await page.locator('.empty-state').getByRole('button', { name: 'Add a family' }).click();
  });

  it('a baby on the way gets a due date in the family dialog', async () => {
    const dialog = page.getByRole('dialog', { name: 'Add a family' });
    await dialog.getByLabel('Parent or caregiver').fill('Maya Levi');
    await dialog.getByRole('radio', { name: 'Due date' }).check();
    await dialog.getByLabel('Due on').fill(dueDate);
    await screenshotsAtEachSize(page, 'first-month-family-due-date', () =>
      dialog.getByRole('button', { name: '+ Add a kid' }).scrollIntoViewIfNeeded(),
    );
    await dialog.getByRole('button', { name: 'Save family' }).click();
    await page.getByRole('status').getByText('Added Maya Levi.').waitFor();
    const row = page.getByRole('row', { name: /Maya Levi/ });
    await row.waitFor();
    expect(await row.innerText()).toContain(`Unnamed kid ${formatAge(dueDate, 'day', localToday())}`);
  });

  it('a success message goes away after a while', async () => {
    await page.clock.fastForward('00:20');
    await page.getByRole('status').getByText('Added Maya Levi.').waitFor({ state: 'detached' });
  });

  it('a map link without https:// is completed, not refused', async () => {
    await page.getByRole('link', { name: 'Parks' }).click();
    await page.getByRole('button', { name: 'Add the first park' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a park' });
    await dialog.getByLabel('Name').fill('Maple Park');
    await dialog.getByLabel('Map link (optional)').fill('maps.google.com/?q=Maple+Park');
    await dialog.getByRole('button', { name: 'Save park' }).click();
    await page.getByRole('status').getByText('Added Maple Park.').waitFor();
    expect(await page.getByRole('link', { name: 'Map' }).getAttribute('href')).toBe(
      'https://maps.google.com/?q=Maple+Park',
    );
    // Moving on to another page and back: the message is gone.
    await page.getByRole('link', { name: 'Families' }).click();
    await page.getByRole('link', { name: 'Parks' }).click();
    await page.getByRole('heading', { name: 'Maple Park' }).waitFor();
    expect(await page.getByRole('status').first().innerText()).toBe('');
  });

  it('a backup taken before an import names the file that was imported', async () => {
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('Choose a file…').setInputFiles('/work/shared/samples/google-forms.csv');
    await page.getByRole('button', { name: /^Import \d+ new/ }).click();
    await page
      .getByRole('status')
      .getByText(/^Imported google-forms\.csv/)
      .waitFor();
    await page.getByRole('link', { name: 'Backups' }).click();
    await page.getByRole('cell', { name: 'Before importing google-forms.csv' }).waitFor();
    await screenshotsAtEachSize(page, 'first-month-backups');
  });

  it('a walk-in can be expecting, and a kid without a name is called the same everywhere', async () => {
    const db = new BetterSqlite3(app.databasePath);
    const park = addPark(db, 'Oak Park');
    addSessionUnderWay(db, { parkId: park, title: 'Thursday playgroup' });
    db.close();
    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByRole('button', { name: 'Start check-in' }).click();
    await page.getByRole('button', { name: '+ New family (walk-in)' }).click();
    const dialog = page.getByRole('dialog', { name: 'New family (walk-in)' });
    await dialog.getByLabel('Parent or caregiver').fill('Noor Haddad');
    await dialog.getByLabel('Years').fill('2');
    await dialog.getByRole('button', { name: '+ Another kid' }).click();
    await dialog.getByRole('checkbox', { name: 'Kid 2 is on the way' }).check();
    await dialog.getByLabel('Kid 2 due date').fill(dueDate);
    await screenshotsAtEachSize(page, 'first-month-walk-in-due-date');
    await dialog.getByRole('button', { name: 'Check in as first-timer' }).click();
    await page.getByRole('status').getByText('Welcome, Noor Haddad! Checked in as a first-timer.').waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'Noor Haddad' });
    expect(await card.innerText()).toContain('Unnamed kid');
    expect(await card.innerText()).not.toMatch(/\bKid\b/);
    await screenshotsAtEachSize(page, 'first-month-check-in-unnamed-kid');
    // The baby on the way is not one of the kids who can come.
    expect(await card.getByRole('button', { name: /Unnamed kid/ }).allInnerTexts()).toEqual([
      expect.stringMatching(/^Unnamed kid\s+≈ 2 y$/),
    ]);

    await page.getByRole('button', { name: '← Done checking in' }).click();
    const came = page.locator('.came-list').first();
    await came.getByText('Noor Haddad').waitFor();
    expect(await came.innerText()).toContain('Unnamed kid (≈ 2 y)');

    await page.getByRole('button', { name: 'Sign-in sheet' }).click();
    expect(await page.getByRole('row', { name: /Noor Haddad/ }).innerText()).toContain('Unnamed kid (≈ 2 y)');
    await page.getByRole('button', { name: '← Back to attendance' }).click();

    await page.getByRole('link', { name: 'Families' }).click();
    const row = page.getByRole('row', { name: /Noor Haddad/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Unnamed kid ≈ 2 y');
    await screenshotsAtEachSize(page, 'first-month-families-unnamed-kids');
    expect(errors).toEqual([]);
  });
});
