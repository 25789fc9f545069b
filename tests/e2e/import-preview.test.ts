/**
 * The import preview shows what Village understood, following the organizer's steps: kids as ages (the
 * words on hover), the rows that need a look, a column worth mapping, the day ages were written, names
 * that are not people's, and an undo that asks first.
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
import { dropFile } from '../support/drop-file';
import { parentNamesIn } from '../support/inspect-db';

const FORM = [
  "Timestamp,Your name,Email address,Phone,How old are your kids?,Kids' first names,Anything else we should know?",
  '9/1/2026 8:07:00,Lena Kowalski,lena.k@example.org,,bump + 2yo,Oskar,Due in March!',
  '9/2/2026 9:00:00,Tom Berg,tom@example.org,,almost 2,Ida,',
  '9/3/2026 9:00:00,Ana Ruiz,ana@example.org,,no idea,,',
  '9/4/2026 9:00:00,Priya Natarajan,priya.new@example.org,,18 months,Anika,',
  '9/5/2026 9:00:00,Dana Reyes,dana@example.org,555-0100,3,Mia,',
].join('\n');

const SIGNUPGENIUS = [
  'Sign Up,Start Date/Time (mm/dd/yyyy),Location,Item,First Name,Last Name,Email,Sign Up Comment,Sign Up Timestamp',
  'Playdate,10/06/2026 10:00,Maple Park,Family spot,Jess,Moreau,jess@example.org,"bringing twins (3), and snacks",09/20/2026 21:14',
  'Playdate,10/06/2026 10:00,Maple Park,Family spot,Hana,Sato,hana@example.org,kids 6 wks & 2y 3m,09/21/2026 08:02',
].join('\n');

const EVENTS = [
  'Name,Date,Organizer',
  '#AnalyticsClub Virtual Job Fair,2024-03-02,Analytics Club',
  '2024 Spring Hackathon,2024-04-13,Hack Club',
  'Coffee and Code Night 12,2024-04-20,Hack Club',
].join('\n');

const ROSTER = ['NAME,SURNAME,AGE', 'Mia,Lee,4', 'Leo,Okafor,12'].join('\n');

describe.skipIf(!chromiumAvailable)('import preview in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const choose = async (name: string, text: string, lastModified?: number) => {
    await dropFile(page, name, text, lastModified);
    await page.getByText(`${name}`, { exact: true }).waitFor();
    await page.locator('.import-summary').waitFor();
  };

  beforeAll(async () => {
    app = await startBrowserMode();
    await callApi(app.launchUrl, 'families.create', {
      parentName: 'Priya Natarajan',
      email: 'priya@example.org',
      kids: [{ name: 'Anika', birthDate: '2025-03-01', birthPrecision: 'month' }],
    });
    await callApi(app.launchUrl, 'families.create', {
      parentName: 'Dana Reyes',
      email: 'dana@example.org',
      kids: [{ name: 'Mia', birthDate: '2023-03-01', birthPrecision: 'month' }],
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.launchUrl);
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByText('Drop a sign-up sheet here').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows each kid as understood, with what the parent wrote on hover', async () => {
    await choose('form.csv', FORM);
    const lena = page.getByRole('row', { name: /Lena Kowalski/ });
    await lena.getByText('due Mar 2027').waitFor();
    const oskar = lena.locator('.preview-kid', { hasText: /^Oskar · ≈ \d+ y/ });
    expect(await oskar.getAttribute('title')).toBe('Written as “2yo”');
    // "almost 2" is understood: Ida is a kid, not a note.
    expect(
      await page
        .getByRole('row', { name: /Tom Berg/ })
        .locator('.preview-kid')
        .innerText(),
    ).toMatch(/^Ida · 1 y 1[01] m|^Ida · ≈ 2 y/);
    await screenshot(page, 'import-preview-kids');
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, 'import-preview-kids-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('counts an "Update" row as changed, and says how many rows need a look', async () => {
    const summary = page.locator('.import-summary');
    expect(await summary.innerText()).toContain('4 new, 1 changed · 4 kids');
    expect(await page.getByRole('row', { name: /Dana Reyes/ }).innerText()).toContain('Update');
    await summary.getByRole('button', { name: '2 rows need a look' }).click();
    const rows = page.locator('.preview-table tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain('Village could not read "no idea"');
    expect(await rows.nth(1).innerText()).toContain(
      'Possible match: Priya Natarajan, priya@example.org (already in Village).',
    );
    await screenshot(page, 'import-preview-rows-to-check');
    await summary.getByRole('button', { name: 'Show every row' }).click();
    expect(await rows.count()).toBe(5);
  });

  it('imports, and "Undo import" asks first and says what it removes', async () => {
    await page.getByRole('button', { name: 'Import 4 new, 1 changed' }).click();
    await page.getByRole('status').getByText('Imported form.csv: 4 new, 1 changed.').waitFor();
    await page.getByRole('button', { name: 'Undo import of form.csv' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Undo the import of form.csv?' });
    expect(await dialog.innerText()).toContain(
      'This deletes the 4 families and 4 kids it added, and puts back what it changed in 1 family Village already had.',
    );
    await screenshot(page, 'import-undo-asks');
    await dialog.getByRole('button', { name: 'Keep the import' }).click();
    expect(parentNamesIn(app.databasePath)).toHaveLength(6);
    await page.getByRole('button', { name: 'Undo import of form.csv' }).click();
    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await page
      .getByRole('status')
      .getByText(/Undid the import of form\.csv/)
      .waitFor();
    expect(parentNamesIn(app.databasePath)).toEqual(['Priya Natarajan', 'Dana Reyes']);
  });

  it('suggests mapping a comment column that holds ages to "Kids\' ages"', async () => {
    await choose('signupgenius.csv', SIGNUPGENIUS);
    const summary = page.locator('.import-summary');
    expect(await summary.innerText()).toContain('· 0 kids');
    await page.getByText('The column "Sign Up Comment" seems to hold kids\' ages').waitFor();
    await screenshot(page, 'import-preview-suggestion');
    await page.getByRole('button', { name: "Import it as Kids' ages" }).click();
    await summary.getByText('· 4 kids').waitFor();
    expect(await page.getByLabel('Import "Sign Up Comment" as').inputValue()).toBe('kidAges');
  });

  it('asks for the day ages were written when the sheet has no sign-up times (the file’s date by default)', async () => {
    await choose('class-2015.csv', ROSTER, Date.UTC(2015, 5, 1, 12));
    await page.getByText(/looks like a list of children/).waitFor();
    const asOf = page.getByLabel("Kids' ages were written on");
    expect(await asOf.inputValue()).toBe('2015-06-01');
    const leo = page.getByRole('row', { name: /Parent of Leo Okafor/ });
    expect(await leo.innerText()).toMatch(/Leo Okafor · ≈ 2\d y/);
    await asOf.fill('2025-06-01');
    // "12" on 2025-06-01 is a birth between mid-2012 and mid-2013: today that is 12 plus the years since,
    // rounded either way (the figure grows as the test is run later).
    const since = Math.floor(12 + (Date.now() - Date.UTC(2025, 5, 1)) / (365.25 * 86_400_000));
    await page
      .getByRole('row', { name: /Parent of Leo Okafor/ })
      .getByText(new RegExp(`Leo Okafor · ≈ (${since}|${since + 1}) y`))
      .waitFor();
    await screenshot(page, 'import-preview-ages-as-of');
  });

  it('asks before importing names that are not people’s', async () => {
    await choose('events.csv', EVENTS);
    await page.getByText(/do not look like people's names/).waitFor();
    const importButton = page.getByRole('button', { name: /^Import 3 new/ });
    expect(await importButton.isDisabled()).toBe(true);
    await screenshot(page, 'import-preview-not-people');
    await page.getByLabel('These are families: import them anyway').check();
    expect(await importButton.isDisabled()).toBe(false);
    expect(errors).toEqual([]);
  });
});
