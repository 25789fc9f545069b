import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { addDays, addMonths, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { instantToWallClock } from '../../shared/domain/sessions/wall-clock';
import { chromiumAvailable, launchChromium, screenshot, startBrowserMode, type RunningApp } from '../support/browser-mode';
import { methodOf, occurrencesByIcalJs } from '../support/read-ics';
import { makeTempDir } from '../support/temp-db';

const today = parseIsoDate(localToday())!;
const day = (days: number) => formatIsoDate(addDays(today, days));
const bornMonthsAgo = (months: number) => formatIsoDate(addMonths(today, -months));

async function seedFamilies(databasePath: string): Promise<void> {
  const quiet = { out: () => undefined, err: () => undefined };
  await runCli(['families', 'add', '--db', databasePath, '--parent', 'Dana Reyes', '--email', 'dana@example.org', '--kid', `Ivy:${bornMonthsAgo(25)}`], quiet);
  await runCli(['families', 'add', '--db', databasePath, '--parent', 'Ana Lima', '--email', 'ana@example.org', '--kid', `Leo:${bornMonthsAgo(14)}`], quiet);
  await runCli(['families', 'add', '--db', databasePath, '--parent', 'Priya Natarajan', '--email', 'priya@example.org', '--kid', `Anika:${bornMonthsAgo(70)}`], quiet);
}

describe.skipIf(!chromiumAvailable)('parks and sessions in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const databasePath = path.join(makeTempDir(), 'village.db');
    await seedFamilies(databasePath);
    app = await startBrowserMode(databasePath);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // Chromium asks for /favicon.ico on its own; the app has none.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
    });
    await page.goto(app.launchUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('adds a park with its notes', async () => {
    await page.getByRole('link', { name: 'Parks' }).click();
    await page.getByText('Where do you meet?').waitFor();
    await screenshot(page, 'parks-empty');
    await page.getByRole('button', { name: 'Add the first park' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a park' });
    await dialog.getByLabel('Name').fill('Maple Park');
    await dialog.getByLabel('Address').fill('12 Elm St, Springfield');
    await dialog.getByLabel('Notes').fill('Shade under the oaks, restrooms by the gate, fenced playground, street parking.');
    await dialog.getByLabel('Map link (optional)').fill('https://maps.example.org/maple');
    await screenshot(page, 'park-dialog');
    await dialog.getByRole('button', { name: 'Save park' }).click();
    await page.getByRole('status').getByText('Added Maple Park.').waitFor();
    await screenshot(page, 'parks-list');
  });

  it('plans a weekly series with an age band, a capacity and a skipped holiday', async () => {
    await page.getByRole('link', { name: 'Sessions' }).click();
    await page.getByText('No meetups planned yet').waitFor();
    await screenshot(page, 'sessions-empty');
    await page.getByRole('button', { name: 'Plan the first session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan a session' });
    await dialog.getByLabel('Title').fill('Toddler morning, bubbles & snacks');
    await dialog.getByLabel('Park').selectOption({ label: 'Maple Park' });
    await dialog.getByLabel('Date').fill(day(3));
    await dialog.getByLabel('Starts').fill('10:00');
    await dialog.getByLabel('Ends').fill('11:30');
    await dialog.getByLabel('Youngest (months)').fill('12');
    await dialog.getByLabel('Oldest (months)').fill('36');
    await dialog.getByLabel('Families (max)').fill('1');
    await dialog.getByLabel('Description').fill('Bring water; we bring the bubbles.');
    await dialog.getByLabel('Repeat every week or every few weeks').check();
    await dialog.getByLabel('Number of sessions').fill('4');
    await dialog.getByLabel('Skip dates (optional)').fill(day(17));
    await screenshot(page, 'session-dialog-series');
    await dialog.getByRole('button', { name: 'Plan session' }).click();

    const panel = page.getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' });
    await panel.getByText('Repeats every week (3 sessions)').waitFor();
    // Ivy (25 months) and Leo (14 months) are in the 12–36 month band; Anika (70 months) is not.
    await panel.getByText('Ivy, 2 y 1 m').waitFor();
    await panel.getByText('Leo, 1 y 2 m').waitFor();
    expect(await panel.getByText('Priya Natarajan').count()).toBe(0);
    await screenshot(page, 'session-panel-suggestions');
  });

  it('marks RSVPs and sends the second "going" to the waitlist', async () => {
    const panel = page.getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' });
    await panel.getByLabel('Answer for Dana Reyes').selectOption('going');
    await panel.getByRole('status').getByText('Dana Reyes: going.').waitFor();
    await panel.getByLabel('Answer for Ana Lima').selectOption('going');
    await panel.getByRole('status').getByText('The session is full, so Ana Lima is on the waitlist.').waitFor();
    await expect.poll(() => panel.getByLabel('Answer for Ana Lima').inputValue()).toBe('waitlisted');
    await panel.getByText('1 of 1 going · full · 1 waitlisted').waitFor();
    await screenshot(page, 'session-panel-rsvps');
  });

  it('exports the session invite and the series as calendar files that read back at the planned times', async () => {
    const panel = page.getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' });
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export invite (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe(`village-toddler-morning-bubbles-snacks-${day(3)}.ics`);
    const file = path.join(makeTempDir(), download.suggestedFilename());
    await download.saveAs(file);
    const ics = fs.readFileSync(file, 'utf8');
    expect(methodOf(ics)).toBe('PUBLISH');
    const [occurrence] = occurrencesByIcalJs(ics);
    expect(instantToWallClock(occurrence!.start, occurrence!.zone)).toEqual({ date: day(3), time: '10:00' });

    const [series] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export series (.ics)' }).click()]);
    const seriesFile = path.join(makeTempDir(), 'series.ics');
    await series.saveAs(seriesFile);
    const dates = occurrencesByIcalJs(fs.readFileSync(seriesFile, 'utf8')).map((item) => instantToWallClock(item.start, item.zone));
    expect(dates).toEqual([day(3), day(10), day(24)].map((date) => ({ date, time: '10:00' })));
    await panel.getByRole('status').getByText(/Saved village-toddler-morning-bubbles-snacks-series\.ics/).waitFor();
  });

  it('copies the invitees’ emails', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = page.getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' });
    await panel.getByRole('button', { name: 'Copy emails' }).click();
    await panel.getByRole('status').getByText('Copied 2 emails: paste them into BCC.').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe('ana@example.org, dana@example.org');
    await panel.getByRole('button', { name: 'Done' }).click();
  });

  it('shows the upcoming agenda and the month calendar', async () => {
    await page.getByText('3 upcoming').waitFor();
    expect(await page.getByRole('button', { name: /Toddler morning/ }).count()).toBe(3);
    await screenshot(page, 'sessions-agenda');
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.getByRole('table').waitFor();
    await screenshot(page, 'sessions-month');
    await page.getByRole('button', { name: 'Upcoming', exact: true }).click();
  });

  it('cancels one occurrence and flags an overlapping session at the same park', async () => {
    await page.getByRole('button', { name: /Toddler morning/ }).nth(1).click();
    const panel = page.getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' });
    await panel.getByRole('button', { name: 'Cancel session…' }).click();
    await screenshot(page, 'session-cancel-confirm');
    await panel.getByRole('button', { name: 'Cancel only this session' }).click();
    await panel.getByRole('status').getByText(/Cancelled\./).waitFor();
    await panel.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Plan a session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan a session' });
    await dialog.getByLabel('Title').fill('Stroller walk');
    await dialog.getByLabel('Park').selectOption({ label: 'Maple Park' });
    await dialog.getByLabel('Date').fill(day(3));
    await dialog.getByLabel('Starts').fill('11:00');
    await dialog.getByLabel('Ends').fill('12:00');
    await dialog.getByRole('button', { name: 'Plan session' }).click();
    await page.getByRole('dialog', { name: 'Stroller walk' }).getByText('Another session at this park overlaps this one.').waitFor();
    await page.getByRole('dialog', { name: 'Stroller walk' }).getByRole('button', { name: 'Done' }).click();
    expect(await page.getByText('Overlaps another session here').count()).toBe(2);
    await page.getByText('Cancelled', { exact: true }).waitFor();
    await screenshot(page, 'sessions-agenda-overlap');
  });

  it('keeps the calendar settings', async () => {
    await page.getByRole('button', { name: 'Calendar settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Calendar settings' });
    await dialog.getByLabel('Your name').fill('Rosa Martín');
    await dialog.getByLabel('Your email').fill('rosa@example.org');
    await dialog.getByLabel('Reminder (minutes before)').fill('60');
    await screenshot(page, 'calendar-settings');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').getByText('Saved your calendar settings.').waitFor();
    expect(errors).toEqual([]);
  });
});
