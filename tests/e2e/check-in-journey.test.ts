/**
 * Issue 16, "Check-in", as the organizer does it on a park bench: she types "Pria Natarajan" and finds
 * Priya; after each check-in the search is empty and ready; a walk-in with Dana's email is recognised
 * ("Is this Dana Reyes?") and checked in as Dana; a real newcomer is added; checking in to next week's
 * session asks first and never makes "Last visit" a day still to come. Chromium against browser mode.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { callApi } from '../support/api-over-http';
import { screenshotAtEverySize } from '../support/window-sizes';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { addPark, addSession, addSessionUnderWay } from '../support/seed-sessions';

describe.skipIf(!chromiumAvailable)('check-in as the organizer uses it (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let today: number;
  let nextWeek: number;
  const errors: string[] = [];
  const search = () => page.getByLabel('Find a family by parent or kid name');
  const familyCount = async () => ((await callApi(app.launchUrl, 'families.list', {})) as unknown[]).length;

  beforeAll(async () => {
    app = await startBrowserMode();
    const family = (
      parentName: string,
      kids: { name: string; birthDate: string }[],
      extra: { email?: string; phone?: string } = {},
    ) =>
      callApi(app.launchUrl, 'families.create', {
        parentName,
        ...extra,
        kids: kids.map((kid) => ({ ...kid, birthPrecision: 'day' })),
      });
    await family('Priya Natarajan', [{ name: 'Anika', birthDate: '2025-01-15' }], { phone: '555-777-1212' });
    await family('Dana Reyes', [{ name: 'Mia', birthDate: '2024-08-20' }], { email: 'dana@example.org' });
    await family('Chloé O’Brien', [{ name: 'Finn', birthDate: '2023-02-01' }]);
    const db = new BetterSqlite3(app.databasePath);
    const park = addPark(db, 'Maple Park');
    today = addSessionUnderWay(db, { parkId: park, title: 'Toddler morning' });
    nextWeek = addSession(db, {
      date: formatIsoDate(addDays(parseIsoDate(localToday())!, 7)),
      parkId: park,
      title: 'Next playgroup',
    });
    db.close();

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.launchUrl);
    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByLabel('Session', { exact: true }).selectOption(String(today));
    await page.getByRole('button', { name: 'Start check-in' }).click();
    await page.getByRole('heading', { name: 'Check-in: Toddler morning' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('finds Priya from "Pria Natarajan" and Chloé from "chloe obrian"; after a check-in the search is empty and focused', async () => {
    await search().fill('Pria Natarajan');
    const card = page.getByRole('listitem').filter({ hasText: 'Priya Natarajan' });
    await card.waitFor();
    await screenshot(page, 'check-in-typo-found');
    await card.getByRole('button', { name: 'Check in Priya Natarajan' }).click();
    await page.getByRole('status').getByText('Checked in Priya Natarajan.').waitFor();
    expect(await search().inputValue()).toBe('');
    expect(await search().evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);

    await page.keyboard.type('chloe obrian');
    await page.getByRole('listitem').filter({ hasText: 'Chloé O’Brien' }).waitFor();
    await search().fill('');
  });

  it('says at once every walk-in field that needs fixing, in the API’s words', async () => {
    const before = await familyCount();
    await page.getByRole('button', { name: '+ New family (walk-in)' }).click();
    const dialog = page.getByRole('dialog', { name: 'New family (walk-in)' });
    await dialog.getByLabel('Kid 1 name (optional)').fill('M'.repeat(101));
    await dialog.getByLabel('Years').fill('2');
    await dialog.getByRole('button', { name: 'Check in as first-timer' }).click();
    await dialog.getByText("Please enter the parent's or caregiver's name.").waitFor();
    await dialog.getByText("The kid's name is too long (at most 100 characters).").waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await familyCount()).toBe(before);
  });

  it('asks "Is this Dana Reyes?" for a walk-in with her email, and checks Dana in instead of adding a family', async () => {
    const before = await familyCount();
    await page.getByRole('button', { name: '+ New family (walk-in)' }).click();
    const dialog = page.getByRole('dialog', { name: 'New family (walk-in)' });
    expect(await dialog.getByLabel('Parent or caregiver').inputValue()).toBe('');
    await dialog.getByLabel('Parent or caregiver').fill('Dana R');
    await dialog.getByLabel('Email (optional)').fill('DANA@example.org');
    await dialog.getByRole('button', { name: 'Check in as first-timer' }).click();
    const question = dialog.getByRole('alert');
    await question.getByText('Is this Dana Reyes?').waitFor();
    await question.getByText(/Same email: dana@example.org · Mia/).waitFor();
    await screenshotAtEverySize(page, 'check-in-is-this');
    await question.getByRole('button', { name: 'Yes, check in Dana Reyes' }).click();
    await page.getByRole('status').getByText('Checked in Dana Reyes.').waitFor();
    expect(await familyCount()).toBe(before);
    expect(await page.getByRole('button', { name: 'Undo check-in of Dana Reyes' }).count()).toBe(1);
  });

  it('asks for a walk-in with Priya’s phone and her kid, and adds a real newcomer after "No"', async () => {
    const before = await familyCount();
    await page.getByRole('button', { name: '+ New family (walk-in)' }).click();
    const dialog = page.getByRole('dialog', { name: 'New family (walk-in)' });
    await dialog.getByLabel('Parent or caregiver').fill('Pria');
    await dialog.getByLabel('Phone (optional)').fill('(555) 777 1212');
    await dialog.getByRole('button', { name: 'Check in as first-timer' }).click();
    await dialog.getByRole('alert').getByText('Is this Priya Natarajan?').waitFor();
    // Already here: saying yes checks no one in twice.
    await dialog.getByRole('button', { name: 'Yes, that’s Priya Natarajan' }).click();
    await page.getByRole('status').getByText('Priya Natarajan is already checked in.').waitFor();
    expect(await familyCount()).toBe(before);

    // The next walk-in form starts empty, and a real newcomer is added after saying "No".
    await page.getByRole('button', { name: '+ New family (walk-in)' }).click();
    expect(await dialog.getByLabel('Parent or caregiver').inputValue()).toBe('');
    expect(await dialog.getByLabel('Phone (optional)').inputValue()).toBe('');
    // Dana's sister, sharing her email: Village asks, she says no.
    await dialog.getByLabel('Parent or caregiver').fill('Lena Kowalski');
    await dialog.getByLabel('Email (optional)').fill('dana@example.org');
    await dialog.getByLabel('Kid 1 name (optional)').fill('Oskar');
    await dialog.getByLabel('Years').fill('2');
    await dialog.getByRole('button', { name: 'Check in as first-timer' }).click();
    await dialog.getByRole('alert').getByText('Is this Dana Reyes?').waitFor();
    await dialog.getByRole('button', { name: 'No, this is a new family' }).click();
    await dialog.getByRole('button', { name: 'Check in as first-timer' }).click();
    await page.getByRole('status').getByText('Welcome, Lena Kowalski! Checked in as a first-timer.').waitFor();
    expect(await familyCount()).toBe(before + 1);
    expect(await search().inputValue()).toBe('');
  });

  it('asks before checking in to next week’s session, and "Last visit" stays a day that has come', async () => {
    await page.getByRole('button', { name: '← Done checking in' }).click();
    await page.getByLabel('Session', { exact: true }).selectOption(String(nextWeek));
    await page.getByRole('button', { name: 'Start check-in' }).click();
    await page.getByRole('heading', { name: 'Check-in: Next playgroup' }).waitFor();
    await search().fill('Dana');
    await page.getByRole('button', { name: 'Check in Dana Reyes' }).click();
    const ask = page.getByRole('alertdialog', { name: 'This session hasn’t started yet' });
    await ask.getByText(/Next playgroup starts .* at 10:00/).waitFor();
    await screenshot(page, 'check-in-early-ask');
    await ask.getByRole('button', { name: 'Not yet' }).click();
    expect(await page.getByRole('button', { name: 'Undo check-in of Dana Reyes' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Check in Dana Reyes' }).click();
    await ask.getByRole('button', { name: 'Check in anyway' }).click();
    await page.getByRole('status').getByText('Checked in Dana Reyes.').waitFor();
    // Asked once per check-in run.
    await search().fill('Chloe');
    await page.getByRole('button', { name: 'Check in Chloé O’Brien' }).click();
    await page.getByRole('status').getByText('Checked in Chloé O’Brien.').waitFor();

    const roster = (await callApi(app.launchUrl, 'families.roster', {})) as {
      parentName: string;
      lastVisit: string | null;
    }[];
    expect(roster.find((row) => row.parentName === 'Dana Reyes')!.lastVisit).toBe(localToday());
    expect(roster.find((row) => row.parentName === 'Chloé O’Brien')!.lastVisit).toBeNull();

    // Her family shows next week's session as still to come, not as a visit yet.
    await page.getByRole('button', { name: '← Done checking in' }).click();
    await page.getByRole('link', { name: 'Families' }).click();
    await page.getByRole('button', { name: 'Edit Chloé O’Brien' }).click();
    const visits = page.getByRole('region', { name: 'Visits' });
    const early = visits.getByRole('listitem').filter({ hasText: 'Next playgroup' });
    await early.getByText('checked in early · still to come').waitFor();
    await early.scrollIntoViewIfNeeded();
    await screenshot(page, 'family-visits-checked-in-early');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
