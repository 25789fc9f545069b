import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import {
  addDays,
  addMonths,
  formatIsoDate,
  formatShortDate,
  localToday,
  parseIsoDate,
} from '../../shared/domain/calendar-date';
import { weekdayName as weekday } from '../../shared/domain/sessions/month-grid';
import { instantToWallClock } from '../../shared/domain/sessions/wall-clock';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { methodOf, occurrencesByIcalJs, propertyLines } from '../support/read-ics';
import { callApi } from '../support/api-over-http';
import { makeTempDir } from '../support/temp-db';

const today = parseIsoDate(localToday())!;
const day = (days: number) => formatIsoDate(addDays(today, days));
const bornMonthsAgo = (months: number) => formatIsoDate(addMonths(today, -months));

async function seedFamilies(databasePath: string): Promise<void> {
  const quiet = { out: () => undefined, err: () => undefined };
  await runCli(
    [
      'families',
      'add',
      '--db',
      databasePath,
      '--parent',
      'Dana Reyes',
      '--email',
      'dana@example.org',
      '--kid',
      `Ivy:${bornMonthsAgo(25)}`,
    ],
    quiet,
  );
  await runCli(
    [
      'families',
      'add',
      '--db',
      databasePath,
      '--parent',
      'Ana Lima',
      '--email',
      'ana@example.org',
      '--kid',
      `Leo:${bornMonthsAgo(14)}`,
    ],
    quiet,
  );
  await runCli(
    [
      'families',
      'add',
      '--db',
      databasePath,
      '--parent',
      'Priya Natarajan',
      '--email',
      'priya@example.org',
      '--kid',
      `Anika:${bornMonthsAgo(70)}`,
    ],
    quiet,
  );
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
    await dialog
      .getByLabel('Notes')
      .fill('Shade under the oaks, restrooms by the gate, fenced playground, street parking.');
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
    // Until she has said where her meetups happen, no zone is named (the computer's may not be hers).
    expect(await page.locator('.page-subtitle').innerText()).toBe('0 upcoming');
    await page.getByRole('button', { name: 'Plan the first session' }).click();
    // Village asks for her zone once, offering the computer's (browser mode runs on UTC here).
    const zoneDialog = page.getByRole('dialog', { name: 'Where do your meetups happen?' });
    await zoneDialog.getByText('Your time zone: Coordinated Universal Time (UTC)').waitFor();
    await screenshot(page, 'session-first-zone');
    await zoneDialog.getByRole('button', { name: 'Use this time zone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan a session' });
    await dialog.getByText('Coordinated Universal Time (UTC)').waitFor();
    await dialog.getByLabel('Title').fill('Toddler morning, bubbles & snacks');
    await dialog.getByLabel('Park').selectOption({ label: 'Maple Park' });
    await dialog.getByLabel('Date').fill(day(3));
    // The weekday shows next to the picked date.
    await dialog.getByText(weekday(day(3)), { exact: true }).waitFor();
    await dialog.getByLabel('Starts').fill('10:00');
    await dialog.getByLabel('Ends').fill('11:30');
    await dialog.getByLabel('Youngest (months)').fill('12');
    await dialog.getByLabel('Oldest (months)').fill('36');
    await dialog.getByLabel('Families (max)').fill('1');
    await dialog.getByLabel('Description').fill('Bring water; we bring the bubbles.');
    await dialog.getByLabel('Repeat every week or every few weeks').check();
    await dialog.getByLabel('Sessions held').fill('3');
    // The skip date is picked like every other date (not typed as ISO text), its weekday beside it.
    await dialog.getByRole('button', { name: 'Add a skip date' }).click();
    await expect
      .poll(() => page.evaluate<string | null>('document.activeElement?.getAttribute("aria-label") ?? null'))
      .toBe('Skip date 1');
    expect(await dialog.getByLabel('Skip date 1', { exact: true }).getAttribute('type')).toBe('date');
    await dialog.getByLabel('Skip date 1', { exact: true }).fill(day(17));
    // "3 sessions" means 3 held: the skipped week adds one at the end.
    await dialog
      .getByText(
        `3 sessions, ${weekday(day(3))}s from ${formatShortDate(day(3))} to ${formatShortDate(day(24))} (1 date skipped).`,
      )
      .waitFor();
    await screenshot(page, 'session-dialog-series');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'session-dialog-series-1280');
    await page.setViewportSize({ width: 1024, height: 700 });
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
    // Inviting puts families on the list; Village sends nothing, and says so.
    await panel.getByRole('button', { name: 'Invite all suggested' }).click();
    await panel
      .getByRole('status')
      .getByText('Added 2 families to the invite list. No email was sent: use Copy emails to write to them.')
      .waitFor();
    await expect.poll(() => panel.getByLabel('Answer for Dana Reyes').inputValue()).toBe('invited');
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
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export invite (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`village-toddler-morning-bubbles-snacks-${day(3)}.ics`);
    const file = path.join(makeTempDir(), download.suggestedFilename());
    await download.saveAs(file);
    const ics = fs.readFileSync(file, 'utf8');
    expect(methodOf(ics)).toBe('PUBLISH');
    const [occurrence] = occurrencesByIcalJs(ics);
    expect(instantToWallClock(occurrence!.start, occurrence!.zone)).toEqual({ date: day(3), time: '10:00' });

    const [series] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export series (.ics)' }).click(),
    ]);
    const seriesFile = path.join(makeTempDir(), 'series.ics');
    await series.saveAs(seriesFile);
    const dates = occurrencesByIcalJs(fs.readFileSync(seriesFile, 'utf8')).map((item) =>
      instantToWallClock(item.start, item.zone),
    );
    expect(dates).toEqual([day(3), day(10), day(24)].map((date) => ({ date, time: '10:00' })));
    await panel
      .getByRole('status')
      .getByText(/Saved village-toddler-morning-bubbles-snacks-series\.ics/)
      .waitFor();
  });

  it('copies the invitees’ emails by answer', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = page.getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' });
    await panel.getByRole('button', { name: 'Copy emails…' }).click();
    const groups = panel.getByRole('group', { name: 'Copy the emails of' });
    await screenshot(page, 'session-copy-emails');
    await groups.getByRole('button', { name: 'Going (1)' }).click();
    await panel.getByRole('status').getByText('Copied 1 email of families going: paste them into BCC.').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe('dana@example.org');
    await groups.getByRole('button', { name: 'Waitlisted (1)' }).click();
    await panel
      .getByRole('status')
      .getByText('Copied 1 email of families on the waitlist: paste them into BCC.')
      .waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe('ana@example.org');
    await groups.getByRole('button', { name: 'Invited, no answer yet (0)' }).click();
    await panel.getByRole('status').getByText('No family waiting for an answer has an email yet.').waitFor();
    await groups.getByRole('button', { name: 'Everyone not declined (2)' }).click();
    await panel
      .getByRole('status')
      .getByText('Copied 2 emails of families on the list (not declined): paste them into BCC.')
      .waitFor();
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
    await page
      .getByRole('button', { name: /Toddler morning/ })
      .nth(1)
      .click();
    const panel = page.getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' });
    await panel.getByRole('button', { name: 'Cancel session…' }).click();
    await screenshot(page, 'session-cancel-confirm');
    await panel.getByRole('button', { name: 'Cancel only this session' }).click();
    await panel
      .getByRole('status')
      .getByText(/Cancelled\./)
      .waitFor();
    await panel.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Plan a session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan a session' });
    await dialog.getByLabel('Title').fill('Stroller walk');
    await dialog.getByLabel('Park').selectOption({ label: 'Maple Park' });
    await dialog.getByLabel('Date').fill(day(3));
    await dialog.getByLabel('Starts').fill('11:00');
    await dialog.getByLabel('Ends').fill('12:00');
    await dialog.getByRole('button', { name: 'Plan session' }).click();
    await page
      .getByRole('dialog', { name: 'Stroller walk' })
      .getByText('Another session at this park overlaps this one.')
      .waitFor();
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

  it('edits the whole series: its number of sessions and skip dates', async () => {
    await page
      .getByRole('button', { name: /Toddler morning/ })
      .first()
      .click();
    const panel = page.getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' });
    await panel.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Toddler morning, bubbles & snacks' });
    await dialog.getByText('The whole series').click();
    expect(await dialog.getByLabel('Sessions held').inputValue()).toBe('3');
    expect(await dialog.getByLabel('Skip date 1', { exact: true }).inputValue()).toBe(day(17));
    await dialog.getByLabel('Sessions held').fill('4');
    await dialog.getByRole('button', { name: 'Add a skip date' }).click();
    await dialog.getByLabel('Skip date 2', { exact: true }).fill(day(31));
    await dialog
      .getByText(
        `4 sessions, ${weekday(day(3))}s from ${formatShortDate(day(3))} to ${formatShortDate(day(38))} (2 dates skipped).`,
      )
      .waitFor();
    await screenshot(page, 'session-edit-series-rule');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    const saved = page.getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' });
    await saved.getByText(/Repeats every week \(4 sessions\), skipping/).waitFor();
    const series = (await callApi(app.launchUrl, 'sessions.list', {})) as {
      title: string;
      date: string;
      status: string;
    }[];
    expect(series.filter((item) => item.title.startsWith('Toddler')).map((item) => [item.date, item.status])).toEqual([
      [day(3), 'scheduled'],
      [day(10), 'cancelled'],
      [day(24), 'scheduled'],
      [day(38), 'scheduled'],
    ]);
    await saved.getByRole('button', { name: 'Done' }).click();
  });

  it('changes her time zone keeping the clock times: the list, the detail, the edit dialog and the .ics all say Los Angeles', async () => {
    await page.getByRole('button', { name: 'Calendar settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Calendar settings' });
    await dialog.getByText('Your time zone: Coordinated Universal Time (UTC)').waitFor();
    await dialog.getByLabel('Search your time zone').fill('los angeles');
    await dialog.getByLabel('Search your time zone').press('Enter');
    await dialog.getByText('Your time zone: Pacific Time — Los Angeles').waitFor();
    await dialog
      .getByText(
        /You have \d+ planned sessions in Coordinated Universal Time \(UTC\)\. In Pacific Time — Los Angeles, they should:/,
      )
      .waitFor();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await dialog.getByText(/Choose what happens to your \d+ planned sessions in UTC\./).waitFor();
    await screenshot(page, 'calendar-settings-zone-change');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'calendar-settings-zone-change-1280');
    await page.setViewportSize({ width: 1024, height: 700 });
    await dialog.getByLabel(/Keep their clock times: 10:00 stays 10:00, Los Angeles time/).check();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await page
      .getByRole('status')
      .getByText(/Saved your calendar settings and moved \d+ planned sessions to Pacific Time — Los Angeles\./)
      .waitFor();
    await page.getByText(/times in Pacific Time — Los Angeles/).waitFor();
    await screenshot(page, 'sessions-agenda-los-angeles');

    await page
      .getByRole('button', { name: /Toddler morning/ })
      .first()
      .click();
    const panel = page.getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' });
    await panel.getByText('· Pacific Time — Los Angeles').waitFor();
    await panel.getByText('10:00–11:30', { exact: false }).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export invite (.ics)' }).click(),
    ]);
    const file = path.join(makeTempDir(), 'invite.ics');
    await download.saveAs(file);
    const ics = fs.readFileSync(file, 'utf8');
    expect(propertyLines(ics, 'DTSTART')).toEqual([
      `DTSTART;TZID=America/Los_Angeles:${day(3).replace(/-/g, '')}T100000`,
    ]);
    const [occurrence] = occurrencesByIcalJs(ics);
    expect(instantToWallClock(occurrence!.start, 'America/Los_Angeles')).toEqual({ date: day(3), time: '10:00' });

    await panel.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Toddler morning, bubbles & snacks' });
    await edit.getByText('Pacific Time — Los Angeles', { exact: true }).waitFor();
    await screenshot(page, 'session-edit-zone');
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('dialog', { name: 'Toddler morning, bubbles & snacks' })
      .getByRole('button', { name: 'Done' })
      .click();
  });

  it('changes her time zone keeping the moments: 10:00 in Los Angeles becomes 13:00 in New York', async () => {
    await page.getByRole('button', { name: 'Calendar settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Calendar settings' });
    await dialog.getByLabel('Search your time zone').fill('eastern new york');
    await dialog.getByLabel('Your time zone', { exact: true }).selectOption('America/New_York');
    await dialog.getByLabel(/Keep the same moments: 10:00 Los Angeles time becomes 13:00 New York time/).check();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/times in Eastern Time — New York/).waitFor();
    const sessions = (await callApi(app.launchUrl, 'sessions.list', {})) as {
      title: string;
      date: string;
      startTime: string;
      endTime: string;
      timeZone: string;
    }[];
    expect(
      sessions
        .filter((item) => item.title.startsWith('Toddler'))
        .map((item) => [item.startTime, item.endTime, item.timeZone]),
    ).toEqual(Array.from({ length: 4 }, () => ['13:00', '14:30', 'America/New_York']));
    await page.getByText('13:00–14:30').first().waitFor();
    await screenshot(page, 'sessions-agenda-new-york');
    expect(errors).toEqual([]);
  });

  it('plans one session in another zone: the list then names each session’s zone', async () => {
    await page.getByRole('button', { name: 'Plan a session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan a session' });
    await dialog.getByText('Eastern Time — New York', { exact: true }).waitFor();
    await dialog.getByLabel('Title').fill('Visit to the Amsterdam group');
    await dialog.getByLabel('Date').fill(day(5));
    await dialog.getByLabel('Starts').fill('10:00');
    await dialog.getByLabel('Ends').fill('11:00');
    await dialog.getByRole('button', { name: 'Change time zone' }).click();
    await dialog.getByLabel('Search time zone of this session').fill('amsterdam');
    await dialog.getByLabel('Search time zone of this session').press('Enter');
    await dialog
      .locator('#session-zone-note')
      .getByText('Central European Time — Amsterdam', { exact: true })
      .waitFor();
    await screenshot(page, 'session-dialog-other-zone');
    await dialog.getByRole('button', { name: 'Plan session' }).click();
    const panel = page.getByRole('dialog', { name: 'Visit to the Amsterdam group' });
    await panel.getByText('· Central European Time — Amsterdam').waitFor();
    await panel.getByRole('button', { name: 'Done' }).click();
    await page.getByText('times in each session’s own zone').waitFor();
    await page
      .getByRole('button', { name: /Visit to the Amsterdam group/ })
      .getByText(/Central European Time — Amsterdam/)
      .waitFor();
    await page
      .getByRole('button', { name: /Toddler morning/ })
      .first()
      .getByText(/Eastern Time — New York/)
      .waitFor();
    await screenshot(page, 'sessions-agenda-two-zones');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'sessions-agenda-two-zones-1280');
    await page.setViewportSize({ width: 1024, height: 700 });
    expect(errors).toEqual([]);
  });
});
