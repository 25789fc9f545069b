import path from 'node:path';
/**
 * "Introduce … to" on a not-yet-connected card with a roster of hundreds of families: a short list of the
 * best matches, ranked, each with why, instead of every family who agreed to share her contact.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weeksBefore } from '../../shared/domain/attendance/stats';
import { addMonths, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import type { FamilyInput } from '../../shared/api/schemas';
import { callApi } from '../support/api-over-http';
import {
  chromiumAvailable,
  launchChromium,
  SCREENSHOTS,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { watchPageErrors } from '../support/page-errors';
import { seededFamiliesDatabase } from '../support/seeded-families';
import { addSession } from '../support/seed-sessions';
import { screenshotsAtEachSize } from '../support/viewports';

const ROSTER = 400;
const monthsAgo = (months: number) => formatIsoDate(addMonths(parseIsoDate(localToday())!, -months));
const withKid = (parentName: string, neighborhood: string, months: number, consent = true): FamilyInput => ({
  parentName,
  neighborhood,
  consentShareContact: consent,
  kids: [{ name: `${parentName.split(' ')[0]}'s kid`, birthDate: monthsAgo(months), birthPrecision: 'day' }],
});

// Zoe first; the named families are the ones who should be offered, in this order; the rest of the roster
// live apart with kids years older, and one close match did not agree to share her contact.
const NAMED: FamilyInput[] = [
  withKid('Zoe Quinn', 'Sellwood', 24),
  withKid('Cy Far', 'Sellwood', 72),
  withKid('Ana Diaz', 'St Johns', 26),
  withKid('Bo Lund', 'Westmoreland', 24),
  withKid('Ruth Adams', 'Sellwood', 24),
  withKid('Mei Chen', 'Sellwood', 25),
  withKid('Di Shy', 'Sellwood', 24, false),
];
const REST: FamilyInput[] = Array.from({ length: ROSTER - NAMED.length }, (_, index) =>
  withKid(`Parent ${index + 1}`, 'Lents', 60 + (index % 24)),
);
/** Sessions each came to (each on her own, so nobody has met anyone yet). */
const VISITS: Record<string, number> = { 'Zoe Quinn': 3, 'Mei Chen': 4, 'Ruth Adams': 2, 'Bo Lund': 1, 'Di Shy': 5 };

describe.skipIf(!chromiumAvailable)('whom to introduce, with hundreds of families (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    const families = [...NAMED, ...REST];
    const databasePath = seededFamiliesDatabase(families, (db, ids) => {
      let week = 30;
      const checkIn = db.prepare(
        "INSERT INTO attendance (session_id, family_id, checked_in_at) VALUES (?, ?, '2026-01-01T10:00:00Z')",
      );
      families.forEach((family, index) => {
        for (let visit = 0; visit < (VISITS[family.parentName!] ?? 0); visit += 1) {
          week -= 1;
          checkIn.run(addSession(db, { date: weeksBefore(localToday(), week) }), ids[index]);
        }
      });
    });
    app = await startBrowserMode(databasePath);
    await callApi(app.launchUrl, 'connections.setNeighbors', { neighborhood: 'Sellwood', other: 'Westmoreland' });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page = await context.newPage();
    errors = watchPageErrors(page);
    await page.goto(app.launchUrl);
    await page.getByRole('link', { name: 'Connections' }).click();
    await page.getByRole('heading', { name: 'Connections', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('offers the five best matches, ranked, each with why', async () => {
    const section = page.getByRole('region', { name: 'Not yet connected' });
    const zoe = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Zoe Quinn' }) });
    const select = zoe.getByLabel('Introduce Zoe Quinn to');
    await select.waitFor();
    await expect.poll(() => select.locator('option').count()).toBe(6);
    const options = (await select.locator('option').allInnerTexts()).map((text) => text.trim());
    expect(options[0]).toBe('Choose a family');
    expect(options.slice(1).map((text) => text.split(' — ')[0])).toEqual([
      'Mei Chen',
      'Ruth Adams',
      'Bo Lund',
      'Ana Diaz',
      'Cy Far',
    ]);
    expect(options[1]).toMatch(/^Mei Chen — Mei's kid, 2 y( 1 m)? · also Sellwood · 4 visits$/);
    expect(options[3]).toMatch(/^Bo Lund — Bo's kid, 2 y · nearby in Westmoreland · 1 visit$/);
    // Said to screen readers too: why these few.
    expect(await select.getAttribute('aria-describedby')).toBeTruthy();
    await zoe.getByText('The 5 best matches: kids close in age, nearby, coming often.').waitFor();

    // Keyboard: the select is reached and changed with the keys alone, best match first.
    await select.focus();
    await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe(await select.locator('option').nth(1).getAttribute('value'));
    // The whole reason is written out under the select too (a narrow window cuts the select's text short).
    await zoe
      .locator('p')
      .filter({ hasText: /^Mei Chen — Mei's kid, .* · 4 visits$/ })
      .waitFor();
    // The chosen match, reason and all, must fit in the select at every window size.
    await screenshotsAtEachSize(page, 'connections-introduce-matches', () => zoe.scrollIntoViewIfNeeded());
    await zoe.getByRole('button', { name: 'Copy an introduction' }).click();
    await zoe.getByRole('status').getByText('Copied the introduction.').waitFor();
    const shown = await zoe.getByLabel('The introduction').inputValue();
    expect(shown).toMatch(/Mei/);
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(shown);
    await zoe.screenshot({ path: path.join(SCREENSHOTS, 'connections-introduction-copied.png') });
    // Introduced now, so Mei leaves Zoe's matches and the next best moves up.
    await expect
      .poll(async () => (await select.locator('option').allInnerTexts()).map((text) => text.split(' — ')[0]!.trim()))
      .toEqual(['Choose a family', 'Ruth Adams', 'Bo Lund', 'Ana Diaz', 'Cy Far', 'Parent 1']);
    expect(errors).toEqual([]);
  });
});
