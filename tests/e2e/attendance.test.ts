import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../shared/domain/calendar-date';
import { weeksBefore } from '../../shared/domain/attendance/stats';
import { sessionPhase } from '../../shared/domain/attendance/session-phase';
import { wallClockToInstant } from '../../shared/domain/sessions/wall-clock';
import { callApi } from '../support/api-over-http';
import {
  chromiumAvailable,
  launchChromium,
  ROOT,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { addPark, addRsvp, addSession, addSessionUnderWay, MACHINE_ZONE } from '../support/seed-sessions';

describe.skipIf(!chromiumAvailable)('attendance in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let today: number;
  let earlier: number;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserMode();
    const family = (parentName: string, kids: { name: string; birthDate: string }[], email = '') =>
      callApi(app.launchUrl, 'families.create', {
        parentName,
        email,
        kids: kids.map((kid) => ({ ...kid, birthPrecision: 'day' })),
      }) as Promise<{ id: number }>;
    const dana = await family(
      'Dana Reyes',
      [
        { name: 'Mia', birthDate: '2024-08-20' },
        { name: 'Leo', birthDate: '2022-03-01' },
      ],
      'dana@example.org',
    );
    const priya = await family('Priya Natarajan', [{ name: 'Anika', birthDate: '2025-01-15' }], 'priya@example.org');
    const sam = await family('Sam Okafor', [{ name: 'Tobi', birthDate: '2023-06-01' }]);
    // Sessions come from the Sessions page (another branch): arranged here with SQL, as that page would write them.
    const db = new BetterSqlite3(app.databasePath);
    const park = addPark(db, 'Maple Park');
    today = addSessionUnderWay(db, { parkId: park, title: 'Toddler morning' });
    earlier = addSession(db, { date: weeksBefore(localToday(), 2), parkId: park, title: 'Stroller walk' });
    addRsvp(db, today, priya.id, 'going');
    addRsvp(db, today, sam.id, 'invited');
    addRsvp(db, earlier, dana.id, 'going');
    db.close();

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // Headless Chromium asks for /favicon.ico when printing to PDF; the app has none, which is fine.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
        errors.push(`${message.text()} ${message.location().url}`);
    });
    await page.goto(app.launchUrl);
    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByRole('heading', { name: 'Attendance' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows today’s session, its headcount and the dashboard', async () => {
    expect(await page.getByLabel('Session', { exact: true }).inputValue()).toBe(String(today));
    await page.getByText('Nobody checked in yet.').waitFor();
    await screenshot(page, 'attendance-overview-empty');
  });

  it('checks in three families in full-window mode, one a walk-in, and undoes one', async () => {
    await page.getByRole('button', { name: 'Start check-in' }).click();
    await page.getByRole('heading', { name: 'Check-in: Toddler morning' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    // Invited and RSVP'd families are listed first, before any search.
    const listed = page.getByRole('list', { name: 'Invited and RSVP’d families' });
    expect(await listed.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('Priya Natarajan'),
      expect.stringContaining('Sam Okafor'),
    ]);
    await screenshot(page, 'attendance-check-in-start');

    // Search by a kid's name; only Mia came.
    await page.getByLabel('Find a family by parent or kid name').fill('mia');
    const danaCard = page.getByRole('listitem').filter({ hasText: 'Dana Reyes' });
    await danaCard.waitFor();
    await danaCard.getByRole('button', { name: /Leo/ }).click();
    await danaCard.getByRole('button', { name: 'Check in Dana Reyes' }).click();
    await page.getByRole('status').getByText('Checked in Dana Reyes.').waitFor();

    await page.getByLabel('Find a family by parent or kid name').fill('');
    await page.getByRole('button', { name: 'Check in Priya Natarajan' }).click();
    await page.getByRole('status').getByText('Checked in Priya Natarajan.').waitFor();

    await page.getByRole('button', { name: '+ New family (walk-in)' }).click();
    const dialog = page.getByRole('dialog', { name: 'New family (walk-in)' });
    await dialog.getByLabel('Parent or caregiver').fill('Lena Kowalski');
    await dialog.getByLabel('Email (optional)').fill('lena@example.org');
    await dialog.getByLabel('Kid 1 name (optional)').fill('Oskar');
    await dialog.getByLabel('Years').fill('3');
    await screenshot(page, 'attendance-walk-in');
    await dialog.getByRole('button', { name: 'Check in as first-timer' }).click();
    await page.getByRole('status').getByText('Welcome, Lena Kowalski! Checked in as a first-timer.').waitFor();

    // Two adults came with Dana.
    await page.getByRole('button', { name: 'One more adult with Dana Reyes' }).click();
    await page.getByRole('status').getByText('Dana Reyes: 2 adults.').waitFor();

    await page.getByRole('button', { name: 'Undo check-in of Priya Natarajan' }).click();
    await page.getByRole('status').getByText('Undid the check-in of Priya Natarajan.').waitFor();
    const headcount = page.getByRole('region', { name: 'Headcount' });
    expect(await headcount.getByRole('term').allInnerTexts()).toEqual([
      'Families',
      'Adults',
      'Kids',
      '0–11 m',
      '1 y',
      '2 y',
      '3–4 y',
      '5+ y',
    ]);
    expect(await headcount.getByRole('definition').allInnerTexts()).toEqual(['2', '3', '2', '0', '0', '1', '1', '0']);
    await screenshot(page, 'attendance-check-in-done');

    const db = new BetterSqlite3(app.databasePath, { readonly: true });
    expect(
      db
        .prepare(
          'SELECT f.parent_name, f.source, a.walk_in FROM attendance a JOIN families f ON f.id = a.family_id ORDER BY f.id',
        )
        .all(),
    ).toEqual([
      { parent_name: 'Dana Reyes', source: 'manual', walk_in: 0 },
      { parent_name: 'Lena Kowalski', source: 'walk-in', walk_in: 1 },
    ]);
    expect(
      db.prepare('SELECT k.name FROM attendance_kids ak JOIN kids k ON k.id = ak.kid_id ORDER BY k.id').pluck().all(),
    ).toEqual(['Mia', 'Oskar']);
    db.close();
  });

  it('goes back to the overview: who came, who RSVP’d and did not, a family’s history', async () => {
    await page.getByRole('button', { name: '← Done checking in' }).click();
    await page.getByRole('heading', { name: 'Came (2)' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    // Today's 00:00–11:30 session: Priya said yes and is not here; what that is called depends on the hour.
    const phase = sessionPhase(
      {
        startsAt: wallClockToInstant(localToday(), '00:00', MACHINE_ZONE),
        endsAt: wallClockToInstant(localToday(), '11:30', MACHINE_ZONE),
      },
      Date.now(),
    );
    const title = { upcoming: 'Going or maybe', 'under-way': 'Said yes, not here yet', over: 'RSVP’d but didn’t come' }[
      phase
    ];
    await page.getByRole('heading', { name: `${title} (1)` }).waitFor();
    expect(await page.locator('.session-columns').innerText()).toContain('Priya Natarajan');
    await page.getByRole('button', { name: 'History of Dana Reyes' }).click();
    const history = page.getByRole('dialog', { name: 'History of Dana Reyes' });
    await history.getByText('1 session attended').waitFor();
    await screenshot(page, 'attendance-history');
    await history.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('img', { name: /Families per session/ }).waitFor();
    await screenshot(page, 'attendance-overview');
  });

  it('prints the sign-in sheet: only the sheet shows on paper', async () => {
    await page.getByRole('button', { name: 'Sign-in sheet' }).click();
    await page.getByRole('heading', { name: 'Sign-in sheet · Toddler morning' }).waitFor();
    await screenshot(page, 'attendance-sign-in-sheet');
    const shown = async () => {
      const visible: Record<string, boolean> = {};
      for (const selector of ['.sidebar', '.roster-toolbar', '.print-sheet', '.roster-table', '.print-sheet-footer']) {
        visible[selector] = await page.locator(selector).first().isVisible();
      }
      return visible;
    };
    expect(await shown()).toMatchSnapshot('sign-in sheet on screen');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await shown()).toMatchSnapshot('sign-in sheet in print');
      const rows = (await page.locator('.roster-table tbody tr').allInnerTexts()).map((text) =>
        text.replace(/\s+/g, ' ').trim(),
      );
      expect(rows.slice(0, 4)).toEqual([
        expect.stringMatching(/^Priya Natarajan Anika \(\d+ m|^Priya Natarajan Anika \(1 y/),
        expect.stringMatching(/^Sam Okafor Tobi \(\d y( \d+ m)?\) Invited$/),
        // Dana came with Mia only: the sheet lists the kids who came.
        expect.stringMatching(/^✓ Dana Reyes Mia \([^)]+\)$/),
        expect.stringMatching(/^✓ Lena Kowalski Oskar \(≈ 3 y\) Walk-in$/),
      ]);
      expect(rows.length).toBe(4 + 8);
      const pdf = await page.pdf({ format: 'Letter' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
      fs.writeFileSync(path.join(ROOT, 'test-results/sign-in-sheet.pdf'), pdf);
      await screenshot(page, 'attendance-sign-in-sheet-print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.getByRole('button', { name: '← Back to attendance' }).click();
    await page.getByRole('heading', { name: 'Attendance' }).waitFor();
  });

  it('imports an Eventbrite attendee list onto the session, adding the unmatched as walk-ins', async () => {
    await page.getByRole('button', { name: 'Import attendee list' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import an attendee list' });
    await dialog.getByLabel('Attendee file').setInputFiles('/work/shared/samples/eventbrite-attendees.csv');
    await dialog.getByText('0 rows match families; 2 rows do not.').waitFor();
    expect(await dialog.getByRole('table').innerText()).toContain("Chloe O'Brien");
    await dialog.getByLabel('Add the rows that match no family as new walk-in families').check();
    await screenshot(page, 'attendance-import');
    await dialog.getByRole('button', { name: 'Check them in' }).click();
    await page
      .getByRole('status')
      .getByText('Imported the attendee list: 2 families checked in, 2 new as walk-ins.')
      .waitFor();
    await page.getByRole('heading', { name: 'Came (4)' }).waitFor();
  });

  it('enters a past session from the paper sheet in one save', async () => {
    await page.getByLabel('Session', { exact: true }).selectOption(String(earlier));
    await page.getByRole('button', { name: 'Enter from paper' }).click();
    await page.getByRole('heading', { name: 'Enter attendance from the paper sheet' }).waitFor();
    await page.getByRole('checkbox', { name: /Dana Reyes/ }).check();
    await page.getByLabel('Find another family to add').fill('sam');
    await page.getByRole('button', { name: '+ Sam Okafor' }).click();
    await screenshot(page, 'attendance-paper-entry');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await page.getByRole('status').getByText('Saved the sheet: 2 families added, 0 removed.').waitFor();
    await page.getByRole('heading', { name: 'Came (2)' }).waitFor();
    expect(errors).toEqual([]);
  });
});
