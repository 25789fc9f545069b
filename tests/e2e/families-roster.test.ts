/**
 * The families roster end to end, in Chromium against browser mode, on a database seeded through the
 * repository (and sessions/attendance by SQL, as the sessions feature is built elsewhere).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilyInput } from '../../shared/api/schemas';
import { formatAge } from '../../shared/domain/age';
import { localToday } from '../../shared/domain/calendar-date';
import { callApi } from '../support/api-over-http';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { insertAttendance, insertSession } from '../support/family-fixtures';
import { seededFamiliesDatabase } from '../support/seeded-families';
import { makeTempDir } from '../support/temp-db';

const FAMILIES: FamilyInput[] = [
  {
    parentName: 'Dana Reyes',
    email: 'dana@example.org',
    phone: '(555) 201-3344',
    neighborhood: 'Maple Heights',
    tags: ['regular'],
    kids: [
      { name: 'Ivy', birthDate: '2024-09-06', birthPrecision: 'day' },
      { name: 'Theo', birthDate: '2026-03-06', birthPrecision: 'day' },
    ],
  },
  {
    parentName: 'Dana M. Reyes',
    email: 'DANA@example.org',
    neighborhood: 'Maple Heights',
    notes: '=HYPERLINK("http://evil.example")',
    kids: [{ name: 'Ivy', birthDate: '2024-09-01', birthPrecision: 'month' }],
  },
  {
    parentName: 'Priya Natarajan',
    phone: '555-870-1200',
    neighborhood: 'Riverside',
    kids: [{ name: 'Anika', birthDate: '2021-05-10', birthPrecision: 'day' }],
  },
  {
    parentName: 'Lena Kowalski',
    email: 'lena@example.org',
    neighborhood: 'Riverside',
    kids: [{ name: 'Oskar', birthDate: '2025-08-15', birthPrecision: 'day' }],
  },
  { parentName: 'Bea Ito', email: 'bea@example.org', neighborhood: 'Old Town', kids: [] },
  {
    parentName: 'Amara Okafor',
    email: 'amara@example.org',
    neighborhood: 'Old Town',
    kids: [{ name: 'Zoe', birthDate: '2023-01-20', birthPrecision: 'estimated-year' }],
  },
];

describe.skipIf(!chromiumAvailable)('the families roster in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const downloads = makeTempDir('village-downloads-');
  let upcoming = 0;
  const today = localToday();

  const rowNames = async () =>
    (await page.locator('tbody tr:not(.spacer-row) .row-open').allInnerTexts()).map((text) => text.trim());

  beforeAll(async () => {
    const databasePath = seededFamiliesDatabase(FAMILIES, (db, ids) => {
      const autumn = insertSession(db, 'autumn', '2026-10-03', 'Swings at Maple Park');
      insertAttendance(db, autumn, ids[0]!);
      insertAttendance(db, insertSession(db, 'spring', '2026-04-11', 'Stroller walk'), ids[0]!);
      insertAttendance(db, autumn, ids[3]!, [], true);
      upcoming = insertSession(db, 'winter', '2099-01-10', 'Toddler mornings');
    });

    app = await startBrowserMode(databasePath);
    browser = await launchChromium();
    page = await browser.newPage({
      viewport: { width: 1024, height: 700 },
      acceptDownloads: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page.setDefaultTimeout(10_000);
    await page.goto(app.launchUrl);
    await page.getByRole('button', { name: 'Edit Amara Okafor' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows every family sorted by parent, with kids and their ages today', async () => {
    expect(await rowNames()).toEqual([
      'Amara Okafor',
      'Bea Ito',
      'Dana M. Reyes',
      'Dana Reyes',
      'Lena Kowalski',
      'Priya Natarajan',
    ]);
    const dana = page.getByRole('row', { name: /^Select Dana Reyes/ });
    expect(await dana.innerText()).toContain(`Ivy ${formatAge('2024-09-06', 'day', today)}`);
    expect(await dana.innerText()).toContain('Oct 3, 2026'); // last visit
    await screenshot(page, 'roster-all');
  });

  it('searches parents, kids, email and phone as you type', async () => {
    const search = page.getByLabel('Search families');
    await search.fill('anika');
    await expect.poll(rowNames).toEqual(['Priya Natarajan']);
    await search.fill('870-12');
    await expect.poll(rowNames).toEqual(['Priya Natarajan']);
    await search.fill('example.org');
    await expect.poll(rowNames).toEqual(['Amara Okafor', 'Bea Ito', 'Dana M. Reyes', 'Dana Reyes', 'Lena Kowalski']);
    await search.fill('nobody');
    await page.getByText('No family matches “nobody”.').waitFor();
    await search.fill('');
    await expect.poll(rowNames).toHaveLength(6);
  });

  // The table fills the rows already on screen with the families a keystroke finds, rather than
  // building new rows: what a row shows and whether it is ticked must come with its family.
  it('keeps kids and the selection with their family while a search changes who is in view', async () => {
    const search = page.getByLabel('Search families');
    const kidsIn = (name: string) =>
      page
        .getByRole('row', { name: new RegExp(`^Select ${name}`) })
        .locator('td.col-kids')
        .innerText();
    await page.getByLabel('Select Bea Ito').check();
    await page.getByText('1 family selected').waitFor();
    expect(await kidsIn('Amara Okafor')).toContain('Zoe');

    await search.fill('anika');
    await expect.poll(rowNames).toEqual(['Priya Natarajan']);
    expect(await kidsIn('Priya Natarajan')).toContain('Anika');
    expect(await kidsIn('Priya Natarajan')).not.toContain('Zoe');
    expect(await page.getByLabel('Select Priya Natarajan').isChecked()).toBe(false);

    await search.fill('dana');
    await expect.poll(rowNames).toEqual(['Dana M. Reyes', 'Dana Reyes']);
    expect(await page.getByLabel('Select Dana M. Reyes').isChecked()).toBe(false);
    expect(await page.getByLabel('Select Dana Reyes').isChecked()).toBe(false);
    expect(await kidsIn('Dana Reyes')).toMatch(/Ivy[\s\S]*Theo/);
    await page.getByLabel('Select Dana Reyes').check();
    await page.getByText('2 families selected').waitFor();

    await search.fill('');
    await expect.poll(rowNames).toHaveLength(6);
    const ticked: string[] = [];
    for (const name of await rowNames())
      if (await page.getByLabel(`Select ${name}`, { exact: true }).isChecked()) ticked.push(name);
    expect(ticked).toEqual(['Bea Ito', 'Dana Reyes']);
    expect(await kidsIn('Bea Ito')).toContain('No kids added');
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await page.getByText('2 families selected').waitFor({ state: 'detached' });
  });

  it('sorts by a column, both ways', async () => {
    await page.getByRole('button', { name: 'Neighborhood' }).click();
    await expect.poll(async () => (await rowNames())[0]).toBe('Dana M. Reyes'); // Maple Heights first
    await page.getByRole('button', { name: 'Neighborhood' }).click();
    await expect.poll(async () => (await rowNames())[0]).toMatch(/Priya Natarajan|Lena Kowalski/); // Riverside first
    expect(await page.locator('th.col-neighborhood').getAttribute('aria-sort')).toBe('descending');
    // The first click's direction, for the columns that read it from each column's definition.
    for (const [name, id, first] of [
      ['Kids', 'kids', 'ascending'],
      ['Email', 'email', 'ascending'],
      ['Phone', 'phone', 'ascending'],
      ['Last visit', 'lastVisit', 'ascending'],
      ['Visits', 'sessions', 'descending'],
    ]) {
      await page.getByRole('button', { name: name!, exact: true }).click();
      await expect.poll(() => page.locator(`th.col-${id}`).getAttribute('aria-sort')).toBe(first);
    }
    await page.getByRole('button', { name: 'Parents' }).click();
    await expect.poll(async () => (await rowNames())[0]).toBe('Amara Okafor');
  });

  it('filters by kid age on a chosen day, neighborhood and "not seen since"', async () => {
    await page.getByLabel('Youngest age').fill('12');
    await page.getByLabel('Oldest age').fill('36');
    await page.locator('input[type=date]').first().fill('2026-12-06');
    // On Dec 6 2026: Ivy (Sep 2024) 27 m and 27 m, Oskar (Aug 2025) 15 m; Anika 5 y, Theo 9 m, Zoe ≈ 3 y 10 m.
    await expect.poll(rowNames).toEqual(['Dana M. Reyes', 'Dana Reyes', 'Lena Kowalski']);
    await page.getByRole('combobox', { name: 'Neighborhood' }).selectOption('Riverside');
    await expect.poll(rowNames).toEqual(['Lena Kowalski']);
    await screenshot(page, 'roster-filtered-by-age');
    await page.getByRole('button', { name: /Clear filters/ }).click();
    await page.getByLabel('Not seen since').fill('2026-09-01');
    await expect.poll(rowNames).toEqual(['Amara Okafor', 'Bea Ito', 'Dana M. Reyes', 'Priya Natarajan']);
    await page.getByRole('button', { name: /Clear filters/ }).click();
    await expect.poll(rowNames).toHaveLength(6);
  });

  it('remembers the columns the organizer chose after a reload', async () => {
    await page.locator('summary', { hasText: 'Columns' }).click();
    const menu = page.getByRole('group', { name: 'Show columns' });
    await menu.getByLabel('Phone').uncheck();
    await menu.getByLabel('Tags').check();
    expect(await page.locator('th.col-phone').count()).toBe(0);
    await screenshot(page, 'roster-columns-menu');
    await page.reload();
    await page.getByRole('button', { name: 'Edit Amara Okafor' }).waitFor();
    await page.locator('th.col-tags').waitFor();
    expect(await page.locator('th.col-phone').count()).toBe(0);
  });

  it('edits a kid in the family dialog, shows visits, and the table updates', async () => {
    await page.getByRole('button', { name: 'Edit Dana Reyes', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Dana Reyes' });
    await dialog.getByText('Swings at Maple Park').waitFor();
    expect(await dialog.getByText('Added by hand').count()).toBe(1);
    await dialog.getByLabel('Birth date').first().fill('2025-06-06');
    await dialog.getByLabel('Photos with their kids in them are OK').check();
    await screenshot(page, 'family-detail');
    await dialog.getByText('Swings at Maple Park').scrollIntoViewIfNeeded();
    await screenshot(page, 'family-detail-visits');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved changes to Dana Reyes.').waitFor();
    const row = page.getByRole('row', { name: /^Select Dana Reyes/ });
    await expect.poll(() => row.innerText()).toContain(`Ivy ${formatAge('2025-06-06', 'day', today)}`);

    await page.getByRole('button', { name: 'Edit Bea Ito' }).click();
    await page.getByRole('dialog', { name: 'Edit Bea Ito' }).getByText('No visits yet.').waitFor();
    await page.keyboard.press('Escape');
  });

  it('merges two suspected duplicates, undoes it, and merges again', async () => {
    await page.getByRole('button', { name: 'Find duplicates' }).click();
    const dialog = page.getByRole('dialog', { name: 'Possible duplicates' });
    const pair = dialog.getByRole('listitem', { name: 'Dana Reyes and Dana M. Reyes' });
    await pair.getByText('Same email').waitFor();
    await screenshot(page, 'duplicates');

    // Not the same family: the pair is no longer suggested (also after closing and opening again), until undone.
    await pair.getByRole('button', { name: 'Dana Reyes and Dana M. Reyes are different families' }).click();
    await dialog.getByRole('status').getByText('Marked Dana Reyes and Dana M. Reyes as different families.').waitFor();
    await dialog.getByText('No duplicates found').waitFor();
    await screenshot(page, 'duplicates-marked-different');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Find duplicates' }).click();
    await dialog.getByText('No duplicates found').waitFor();
    await dialog.getByText('Marked as different families (1)').click();
    await screenshot(page, 'duplicates-marked-list');
    await dialog
      .getByRole('button', { name: 'Suggest Dana Reyes and Dana M. Reyes as possible duplicates again' })
      .click();
    await pair.getByText('Same email').waitFor();
    expect(await dialog.getByText(/Marked as different families/).count()).toBe(0);
    await pair.getByRole('button', { name: 'Dana Reyes and Dana M. Reyes are different families' }).click();
    await dialog.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await pair.getByText('Same email').waitFor();
    await pair.getByRole('button', { name: 'Keep this one: Dana Reyes, and merge Dana M. Reyes into it' }).click();
    // The result first: one parent (her pick of spelling), one Ivy, Theo.
    const preview = page.getByRole('dialog', { name: 'Merge into one family' });
    await preview.getByRole('group', { name: 'Parent or caregiver' }).getByLabel('Dana M. Reyes').waitFor();
    expect(
      await preview.getByRole('list', { name: 'Kids after the merge' }).getByRole('listitem').allInnerTexts(),
    ).toEqual([expect.stringMatching(/^Ivy · /), expect.stringMatching(/^Theo · /)]);
    await screenshot(page, 'merge-preview');
    await preview.getByRole('button', { name: 'Merge' }).click();
    await dialog.getByText('No duplicates found').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('status').getByText('Merged Dana M. Reyes into Dana Reyes.').waitFor();
    await expect.poll(rowNames).not.toContain('Dana M. Reyes');
    await screenshot(page, 'roster-after-merge');

    await page.getByRole('button', { name: 'Undo merge' }).click();
    await page
      .getByRole('status')
      .getByText(/Undid the merge/)
      .waitFor();
    await expect.poll(rowNames).toContain('Dana M. Reyes');

    await page.getByRole('button', { name: 'Find duplicates' }).click();
    await dialog.getByRole('button', { name: 'Keep this one: Dana Reyes, and merge Dana M. Reyes into it' }).click();
    await page.getByRole('dialog', { name: 'Merge into one family' }).getByRole('button', { name: 'Merge' }).click();
    await dialog.getByText('No duplicates found').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    const merged = page.getByRole('row', { name: /^Select Dana Reyes/ });
    // The same Ivy on both records is one kid.
    await expect.poll(() => merged.innerText()).toMatch(/Ivy.*Theo/s);
    expect((await merged.innerText()).match(/Ivy/g)).toHaveLength(1);
  });

  it('tags and exports a selection, with formula cells neutralized', async () => {
    await page.getByLabel('Select Dana Reyes').check();
    await page.getByLabel('Select Bea Ito').check();
    const bar = page.getByRole('toolbar', { name: 'Selected families' });
    await bar.getByText('2 families selected').waitFor();
    await bar.getByRole('button', { name: 'Add tag…' }).click();
    const tagDialog = page.getByRole('dialog', { name: 'Tag 2 families' });
    await tagDialog.getByLabel('Tag').fill('newsletter');
    await tagDialog.getByRole('button', { name: 'Add tag' }).click();
    await page.getByRole('status').getByText('Tagged 2 families “newsletter”.').waitFor();
    await expect.poll(() => page.getByRole('row', { name: /^Select Bea Ito/ }).innerText()).toContain('newsletter');
    await screenshot(page, 'roster-selection');

    await bar.getByRole('button', { name: 'Invite to session…' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite 2 families to a session' });
    await invite.getByLabel('Session').selectOption({ label: 'Sat, Jan 10 · 10:00–11:00 · Toddler mornings' });
    await screenshot(page, 'roster-invite');
    await invite.getByRole('button', { name: 'Invite' }).click();
    await page
      .getByRole('status')
      .getByText(
        "Added 2 families to the session's invite list. No email was sent: copy their emails from the session to write to them.",
      )
      .waitFor();
    const invited = (await callApi(app.launchUrl, 'rsvps.list', { sessionId: upcoming })) as {
      parentName: string;
      status: string;
    }[];
    expect(invited.map((rsvp) => [rsvp.parentName, rsvp.status])).toEqual([
      ['Bea Ito', 'invited'],
      ['Dana Reyes', 'invited'],
    ]);

    await bar.getByRole('button', { name: 'Copy emails' }).click();
    await page.getByRole('status').getByText('Copied 2 emails.').waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe('bea@example.org, dana@example.org');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bar.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe(`village-families-${today}.csv`);
    const csv = fs.readFileSync(file, 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(csv).toContain('Bea Ito');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`); // merged-in notes, neutralized
    expect(csv).not.toContain('Priya');
  });

  it("saves one family's sessions as a calendar file from the family dialog", async () => {
    await page.getByRole('button', { name: 'Edit Dana Reyes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Dana Reyes' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Their sessions (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = fs.readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Toddler mornings');
    await dialog
      .getByRole('status')
      .getByText(/^Saved .*\.ics/)
      .waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('deletes the selection after a clear confirmation', async () => {
    await page.getByRole('toolbar', { name: 'Selected families' }).getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete 2 families?' });
    expect(await confirm.innerText()).toContain('cannot be undone');
    await screenshot(page, 'roster-delete-confirm');
    await confirm.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByRole('status').getByText('Deleted 2 families and everything about them.').waitFor();
    await expect.poll(rowNames).toEqual(['Amara Okafor', 'Lena Kowalski', 'Priya Natarajan']);
  });

  it('coming back to Families shows the kept roster, and reads it again only when the database changed', async () => {
    const rosterReads: string[] = [];
    const watch = (request: Request) => {
      const body = request.postData() ?? '';
      if (request.url().endsWith('/api') && body.includes('"families.roster"')) rosterReads.push(body);
    };
    page.on('request', watch);
    try {
      await page.getByRole('link', { name: 'Parks' }).click();
      await page.getByRole('heading', { name: 'Parks', level: 1 }).waitFor();
      const revisionAnswered = page.waitForResponse((response) =>
        (response.request().postData() ?? '').includes('"app.revision"'),
      );
      await page.getByRole('link', { name: 'Families' }).click();
      await expect.poll(rowNames).toEqual(['Amara Okafor', 'Lena Kowalski', 'Priya Natarajan']);
      // The revision is asked for; nothing changed, so the roster (7 MB for 20,000 families) is not read again.
      await revisionAnswered;
      // A re-read would be asked for as soon as the revision's answer is read; give the page a moment.
      await page.waitForTimeout(300);
      expect(rosterReads).toEqual([]);

      // Another program (here: the API, as the CLI or an import would) adds a family while Parks is open.
      await page.getByRole('link', { name: 'Parks' }).click();
      await page.getByRole('heading', { name: 'Parks', level: 1 }).waitFor();
      await callApi(app.launchUrl, 'families.create', { parentName: 'Noor Haddad', kids: [] });
      await page.getByRole('link', { name: 'Families' }).click();
      await expect.poll(rowNames).toEqual(['Amara Okafor', 'Lena Kowalski', 'Noor Haddad', 'Priya Natarajan']);
      // The kept rows are replaced at once by a fresh first screenful, then the whole roster follows.
      await expect
        .poll(() => rosterReads.map((body) => (body.includes('"limit"') ? 'first screen' : 'whole roster')))
        .toEqual(['first screen', 'whole roster']);
    } finally {
      page.off('request', watch);
    }
  });

  it('keeps the column headings readable over the rows scrolled beneath them', async () => {
    const short = await browser.newPage({ viewport: { width: 1280, height: 480 } });
    try {
      await short.goto(app.launchUrl);
      await short.getByRole('button', { name: 'Edit Amara Okafor' }).waitFor();
      const scroller = short.locator('.roster-scroll');
      await scroller.evaluate((box) => (box.scrollTop = 40));
      // Every heading is drawn on an opaque band: the rows passing under it do not show through.
      const backgrounds = await short
        .locator('.roster-table thead th')
        .evaluateAll((cells) =>
          cells.map((cell) => cell.ownerDocument.defaultView!.getComputedStyle(cell).backgroundColor),
        );
      expect(backgrounds.length).toBeGreaterThan(3);
      for (const color of backgrounds) expect(color).toMatch(/^rgb\(/);
      await screenshot(short, 'roster-scrolled-under-headings');
    } finally {
      await short.close();
    }
  });

  it('while the rest of a large roster loads, a search that finds nothing in the first rows says it is still looking', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold back the whole-roster read (the first screenful, with a limit, goes through).
    await fresh.route('**/api', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('"families.roster"') && !body.includes('"limit"')) await held;
      await route.continue();
    });
    try {
      await fresh.goto(app.launchUrl);
      await fresh.getByRole('button', { name: 'Edit Amara Okafor' }).waitFor();
      await fresh.getByText('Loading all families…').waitFor();
      await fresh.getByLabel('Search families').fill('nobody');
      await fresh.getByText('Looking through all families…').waitFor();
      release();
      await fresh.getByText('No family matches “nobody”.').waitFor();
    } finally {
      release();
      await fresh.close();
    }
  });
});
