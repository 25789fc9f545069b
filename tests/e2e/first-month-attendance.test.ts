/**
 * Issue 16, "Attendance and dashboard": the organizer's first weeks on the Attendance page, before and
 * after her first session, at the three window sizes she used.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { weeksBefore } from '../../shared/domain/attendance/stats';
import { callApi } from '../support/api-over-http';
import { chromiumAvailable, launchChromium, startBrowserMode, type RunningApp } from '../support/browser-mode';
import { ORGANIZER_VIEWPORTS, screenshotsAtEachSize } from '../support/viewports';
import { addPark, addRsvp, addSession } from '../support/seed-sessions';

describe.skipIf(!chromiumAvailable)('attendance in the first month (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let park: number;
  let upcoming: number;
  let past: number;
  let dana: { id: number; kids: { id: number; name: string }[] };
  let priya: { id: number };
  const errors: string[] = [];

  const withDb = <T>(work: (db: BetterSqlite3.Database) => T): T => {
    const db = new BetterSqlite3(app.databasePath);
    try {
      return work(db);
    } finally {
      db.close();
    }
  };

  async function openAttendance() {
    await page.goto(app.launchUrl);
    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByRole('heading', { name: 'Attendance', exact: true }).waitFor();
  }

  beforeAll(async () => {
    app = await startBrowserMode();
    const family = (parentName: string, kids: { name: string; birthDate: string }[], email = '') =>
      callApi(app.launchUrl, 'families.create', {
        parentName,
        email,
        kids: kids.map((kid) => ({ ...kid, birthPrecision: 'day' })),
      });
    await family(
      'Dana Reyes',
      [
        { name: 'Mia', birthDate: '2024-08-20' },
        { name: 'Leo', birthDate: '2022-03-01' },
      ],
      'dana@example.org',
    );
    await family('Priya Natarajan', [{ name: 'Anika', birthDate: '2025-01-15' }], 'priya@example.org');
    dana = (await callApi(app.launchUrl, 'families.get', { id: 1 })) as typeof dana;
    priya = { id: 2 };
    // Her first playgroup is planned for later this week; Priya said she is going.
    park = withDb((db) => addPark(db, 'Maple Park'));
    upcoming = withDb((db) =>
      addSession(db, {
        date: formatIsoDate(addDays(parseIsoDate(localToday())!, 3)),
        parkId: park,
        title: 'Thursday playgroup',
      }),
    );
    withDb((db) => addRsvp(db, upcoming, priya.id, 'going'));

    browser = await launchChromium();
    page = await browser.newPage({ viewport: ORGANIZER_VIEWPORTS[0] });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('before any session has happened, the charts say so in a sentence instead of empty frames', async () => {
    await openAttendance();
    const dashboard = page.getByRole('region', { name: 'Over time' });
    await dashboard.getByText('No sessions have happened yet.').first().waitFor();
    expect(await dashboard.locator('svg').count()).toBe(0);
    expect(await dashboard.innerText()).not.toMatch(/\b0 of 0\b/);
    await screenshotsAtEachSize(page, 'first-month-attendance-empty-dashboard');
  });

  it('an upcoming session lists who said yes, not “RSVP’d but didn’t come”', async () => {
    expect(await page.getByLabel('Session', { exact: true }).inputValue()).toBe(String(upcoming));
    await page.getByRole('heading', { name: 'Going or maybe (1)' }).waitFor();
    expect(await page.getByRole('heading', { name: /didn’t come/ }).count()).toBe(0);
    expect(await page.locator('.session-columns').innerText()).toContain('Priya Natarajan');
    await screenshotsAtEachSize(page, 'first-month-attendance-upcoming');
  });

  it('once the session is over, the ones who said yes and did not come are listed', async () => {
    // Two weeks on: the playgroup happened; Dana came with Mia only, Priya did not come.
    past = withDb((db) => {
      const id = addSession(db, { date: weeksBefore(localToday(), 2), parkId: park, title: 'Stroller walk' });
      addRsvp(db, id, dana.id, 'going');
      addRsvp(db, id, priya.id, 'going');
      return id;
    });
    const mia = dana.kids.find((kid) => kid.name === 'Mia')!;
    await callApi(app.launchUrl, 'attendance.checkIn', { sessionId: past, familyId: dana.id, kidIds: [mia.id] });
    await openAttendance();
    await page.getByLabel('Session', { exact: true }).selectOption(String(past));
    await page.getByRole('heading', { name: 'Came (1)' }).waitFor();
    await page.getByRole('heading', { name: 'RSVP’d but didn’t come (1)' }).waitFor();
    const dashboard = page.getByRole('region', { name: 'Over time' });
    await dashboard.getByRole('img', { name: /Families per session/ }).waitFor();
    await screenshotsAtEachSize(page, 'first-month-attendance-after');
  });

  it('a session that was called off never lists anyone as “didn’t come”', async () => {
    const cancelled = withDb((db) => {
      const id = addSession(db, { date: weeksBefore(localToday(), 1), parkId: park, title: 'Rainy Thursday' });
      db.prepare("UPDATE sessions SET status = 'cancelled' WHERE id = ?").run(id);
      addRsvp(db, id, dana.id, 'going');
      return id;
    });
    await openAttendance();
    await page.getByLabel('Session', { exact: true }).selectOption(String(cancelled));
    await page.getByRole('heading', { name: 'Had said yes (cancelled) (1)' }).waitFor();
    expect(await page.getByRole('heading', { name: /didn’t come/ }).count()).toBe(0);
    await page.getByLabel('Session', { exact: true }).selectOption(String(past));
    await page.getByRole('heading', { name: 'Came (1)' }).waitFor();
  });

  it('the sign-in sheet lists only the kids who came, and gives newcomers a column for email or phone', async () => {
    await page.getByRole('button', { name: 'Sign-in sheet' }).click();
    await page.getByRole('heading', { name: 'Sign-in sheet · Stroller walk' }).waitFor();
    const headers = await page.locator('.roster-table thead th').allInnerTexts();
    expect(headers).toContain('Email or phone (if new)');
    const rows = (await page.locator('.roster-table tbody tr').allInnerTexts()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).toMatch(/^✓ Dana Reyes Mia \(.+\) Going$/);
    expect(rows[0]).not.toContain('Leo');
    expect(rows[1]).toMatch(/^Priya Natarajan Anika \(.+\) Going$/);
    // Every blank line for a newcomer has a cell to write an email or phone in.
    const blank = page.locator('.roster-blank').first();
    expect(await blank.locator('td').count()).toBe(headers.length);
    await page.emulateMedia({ media: 'print' });
    try {
      await screenshotsAtEachSize(page, 'first-month-attendance-sign-in-sheet-print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.getByRole('button', { name: '← Back to attendance' }).click();
  });

  it('a success message goes once she picks another session', async () => {
    await page.getByRole('button', { name: 'Enter from paper' }).click();
    await page.getByRole('checkbox', { name: /Priya Natarajan/ }).check();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    const status = page.getByRole('status').first();
    await status.getByText('Saved the sheet: 1 family added, 0 removed.').waitFor();
    await page.getByLabel('Session', { exact: true }).selectOption(String(upcoming));
    await page.getByRole('heading', { name: 'Going or maybe (1)' }).waitFor();
    expect(await status.innerText()).toBe('');
    expect(errors).toEqual([]);
  });
});
