import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import BetterSqlite3 from 'better-sqlite3';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { insertSession } from '../support/family-fixtures';
import { dropFile } from '../support/drop-file';
import { parentNamesIn } from '../support/inspect-db';

const SHEET = [
  'Playgroup sign-ups,,,,',
  ',,,,',
  'Timestamp,Your name,Email address,Littles,Anything else?',
  '9/1/2026 8:07:00,Dana Reyes,dana@example.org,2 and 4,',
  '9/2/2026 9:00:00,Priya Natarajan,priya@example.org,18 months,a little shy',
  '9/3/2026 9:00:00,,,3,',
  '9/4/2026 9:00:00,Sam Okafor,sam@example.org,"3, sometimes",',
  '9/5/2026 9:00:00,dana reyes,DANA@example.org,2 and 4,',
].join('\r\n');

describe.skipIf(!chromiumAvailable)('import in browser mode (Chromium)', () => {
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
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('offers a drop zone and a file picker', async () => {
    await page.getByText('Drop a sign-up sheet here').waitFor();
    await page.getByText('Choose a file…').waitFor();
    await screenshot(page, 'import-empty');
  });

  it('takes a sheet dropped onto the window and previews it', async () => {
    // A real drop as the browser delivers it.
    await dropFile(page, 'fall-signups.csv', SHEET);
    await page.getByText('Google Forms responses · header on line 3').waitFor();
    // "Littles" means nothing to Village yet: no kids are read, and the error row shows its line.
    const summary = page.locator('.import-summary');
    expect(await summary.innerText()).toContain('3 new, 0 changed, 1 duplicate, 1 with errors · 0 kids');
    const errorRow = page.getByRole('row', { name: /^6 Error/ });
    expect(await errorRow.innerText()).toContain('This row has no parent name, email or phone.');
    await screenshot(page, 'import-preview-detected');
  });

  it('lets the organizer fix a column mapping, and the preview follows', async () => {
    await page.getByLabel('Import "Littles" as').selectOption('kidAges');
    await page.locator('.import-summary').getByText('· 4 kids').waitFor();
    const sam = page.getByRole('row', { name: /Sam Okafor/ });
    expect(await sam.innerText()).toContain('Village could not read "sometimes"');
    expect(await page.getByRole('row', { name: /^8 Duplicate/ }).innerText()).toContain('Same family as line 4.');
    await screenshot(page, 'import-preview-mapped');
  });

  it('imports, then lists the import with "Undo import"', async () => {
    await page.getByRole('button', { name: 'Import 3 new, 0 changed' }).click();
    await page
      .getByRole('status')
      .getByText('Imported fall-signups.csv: 3 new, 0 changed, 1 duplicate, 1 with errors.')
      .waitFor();
    expect(parentNamesIn(app.databasePath)).toEqual(['Dana Reyes', 'Priya Natarajan', 'Sam Okafor']);
    await page.getByRole('button', { name: 'Undo import of fall-signups.csv' }).waitFor();
    await screenshot(page, 'import-done');
  });

  it('undoes the import', async () => {
    await page.getByRole('button', { name: 'Undo import of fall-signups.csv' }).click();
    // It asks first: undoing deletes families.
    const dialog = page.getByRole('alertdialog', { name: 'Undo the import of fall-signups.csv?' });
    expect(await dialog.innerText()).toContain('This deletes the 3 families and 4 kids it added.');
    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await page
      .getByRole('status')
      .getByText(/Undid the import of fall-signups\.csv/)
      .waitFor();
    await page.getByText(/^Undone /).waitFor();
    expect(parentNamesIn(app.databasePath)).toEqual([]);
    await screenshot(page, 'import-undone');
  });

  it("attaches a sheet's families to a session as going", async () => {
    const db = new BetterSqlite3(app.databasePath);
    const date = formatIsoDate(addDays(parseIsoDate(localToday())!, 7));
    const sessionId = insertSession(db, 'next-week', date, 'Stroller walk');
    db.close();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'walk-rsvps.csv', mimeType: 'text/csv', buffer: Buffer.from(SHEET) });
    await page.locator('.import-summary').waitFor();
    const session = page.getByLabel('Add them to a session (optional)');
    await session.locator('option', { hasText: 'Stroller walk' }).waitFor({ state: 'attached' });
    await session.selectOption(String(sessionId));
    await screenshot(page, 'import-to-session');
    await page.getByRole('button', { name: /^Import \d+ new/ }).click();
    await page
      .getByRole('status')
      .getByText(/^Imported walk-rsvps\.csv/)
      .waitFor();
    const check = new BetterSqlite3(app.databasePath, { readonly: true });
    const going = check
      .prepare(
        "SELECT f.parent_name FROM rsvps r JOIN families f ON f.id = r.family_id WHERE r.session_id = ? AND r.status = 'going' ORDER BY f.parent_name",
      )
      .pluck()
      .all(sessionId);
    check.close();
    expect(going).toEqual(['Dana Reyes', 'Priya Natarajan', 'Sam Okafor']);
  });

  it('picks a file with the file input, and says clearly when it is an Excel workbook', async () => {
    await page.locator('input[type=file]').setInputFiles({
      name: 'signups.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('PK\u0003\u0004 workbook bytes'),
    });
    await page
      .getByRole('alert')
      .getByText(/looks like an Excel file/)
      .waitFor();
    await screenshot(page, 'import-excel-refused');
    expect(errors).toEqual([]);
  });
});
