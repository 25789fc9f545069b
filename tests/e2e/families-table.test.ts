/**
 * Issue 16, "Families table", at the window sizes the organizer uses: every kid is shown (or behind a
 * "+N" that opens), the kid who matches the age filter is shown and highlighted, and at 1024×700 email
 * and phone are whole, Last visit and Visits are in view without scrolling sideways, and the search
 * placeholder is not cut off. Chromium against browser mode.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilyInput } from '../../shared/api/schemas';
import { addMonths, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { ORGANIZER_WINDOW_SIZES, screenshotAtEverySize } from '../support/window-sizes';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { insertAttendance, insertSession } from '../support/family-fixtures';
import { seededFamiliesDatabase } from '../support/seeded-families';

const monthsAgo = (months: number) => formatIsoDate(addMonths(parseIsoDate(localToday())!, -months));

const FAMILIES: FamilyInput[] = [
  {
    parentName: 'Samuel Okafor',
    email: 'samuel.okafor@gmail.com',
    phone: '(555) 201-3344',
    neighborhood: 'Maple Heights',
    kids: [
      { name: 'Josephine', birthDate: monthsAgo(80), birthPrecision: 'day' },
      { name: 'Maximilian', birthDate: monthsAgo(55), birthPrecision: 'day' },
      { name: 'Theo', birthDate: monthsAgo(26), birthPrecision: 'day' },
    ],
  },
  {
    parentName: 'Priya Natarajan',
    email: 'priya.natarajan@example.org',
    phone: '+1 555-870-1200',
    neighborhood: 'Riverside',
    kids: [
      { name: 'Anika', birthDate: monthsAgo(70), birthPrecision: 'day' },
      { name: 'Dev', birthDate: monthsAgo(50), birthPrecision: 'day' },
      { name: 'Rohan', birthDate: monthsAgo(40), birthPrecision: 'day' },
      { name: 'Mira', birthDate: monthsAgo(14), birthPrecision: 'estimated-month' },
    ],
  },
  {
    parentName: 'Dana Reyes',
    email: 'dana@example.org',
    phone: '555-000-1111',
    neighborhood: 'Old Town',
    kids: [{ name: 'Mia', birthDate: monthsAgo(20), birthPrecision: 'day' }],
  },
];

describe.skipIf(!chromiumAvailable)('the families table at the organizer’s window sizes (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const row = (name: string) => page.getByRole('row', { name: new RegExp(`^Select ${name}`) });

  /** The kids a row shows in full (not clipped by its cell), and those behind its "+N" button. */
  async function kidsOf(name: string): Promise<{ shown: string[]; more: string[] }> {
    const cell = row(name).locator('td.col-kids');
    const box = (await cell.boundingBox())!;
    const shown: string[] = [];
    for (const chip of await cell.locator(':scope > ul.kid-list > li.kid-chip').all()) {
      const chipBox = (await chip.boundingBox())!;
      const inside =
        chipBox.x >= box.x - 0.5 &&
        chipBox.x + chipBox.width <= box.x + box.width + 0.5 &&
        chipBox.y >= box.y - 0.5 &&
        chipBox.y + chipBox.height <= box.y + box.height + 0.5;
      if (inside) shown.push((await chip.locator('.kid-name').innerText()).trim());
    }
    const moreButton = cell.getByRole('button', { name: /more kids? of/ });
    if ((await moreButton.count()) === 0) return { shown, more: [] };
    // By keyboard, as well as by touch: the button opens the list, Escape closes it.
    await moreButton.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: `Every kid of ${name}` });
    await list.waitFor();
    const more = (await list.locator('.kid-name').allInnerTexts()).map((text) => text.trim());
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    expect(await page.getByRole('dialog').count(), 'the family did not open').toBe(0);
    return { shown, more };
  }

  /** Nothing cut off: not sideways, and not below a line clamp either. */
  const fits = (locator: Locator) =>
    locator.evaluate(
      (element) => element.scrollWidth <= element.clientWidth + 1 && element.scrollHeight <= element.clientHeight + 1,
    );

  beforeAll(async () => {
    const databasePath = seededFamiliesDatabase(FAMILIES, (db, ids) => {
      const autumn = insertSession(db, 'autumn', '2026-10-03', 'Swings at Maple Park');
      for (const id of ids) insertAttendance(db, autumn, id);
    });
    app = await startBrowserMode(databasePath);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    page.setDefaultTimeout(10_000);
    await page.goto(app.launchUrl);
    await page.getByRole('button', { name: 'Edit Dana Reyes' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it.each(ORGANIZER_WINDOW_SIZES)('shows every kid at %i×%i, whole or behind "+N"', async (width, height) => {
    await page.setViewportSize({ width, height });
    await screenshot(page, `families-table-${width}x${height}`);
    for (const family of FAMILIES) {
      const { shown, more } = await kidsOf(family.parentName);
      expect(shown.length, `${family.parentName}: at least one kid in full`).toBeGreaterThan(0);
      expect([...new Set([...shown, ...more])].sort()).toEqual(family.kids!.map((kid) => kid.name).sort());
    }
  });

  it('at 1024×700: email, phone, Last visit and Visits whole and in view; the search placeholder whole', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const table = page.locator('.roster-scroll');
    expect(
      await table.evaluate((element) => element.scrollWidth <= element.clientWidth + 1),
      'no sideways scroll inside the table',
    ).toBe(true);
    for (const family of FAMILIES) {
      expect(await fits(row(family.parentName).locator('td.col-email > *')), `${family.email} whole`).toBe(true);
      expect(await fits(row(family.parentName).locator('td.col-phone > *')), `${family.phone} whole`).toBe(true);
      for (const column of ['lastVisit', 'sessions'])
        expect(await row(family.parentName).locator(`td.col-${column}`).isVisible()).toBe(true);
      expect(await fits(row(family.parentName).locator('td.col-parents .row-open')), `${family.parentName} whole`).toBe(
        true,
      );
    }
    for (const header of await page.locator('.roster-table thead th .sort-button').all()) {
      expect(
        await header.evaluate(
          (element) =>
            element.scrollWidth <= element.clientWidth + 1 &&
            element.getBoundingClientRect().right <= element.closest('th')!.getBoundingClientRect().right + 1,
        ),
        `${await header.innerText()} whole (${await header.evaluate((e) => `${e.scrollWidth}/${e.clientWidth}/${e.closest('th')!.clientWidth}`)})`,
      ).toBe(true);
    }
    const search = page.getByLabel('Search families');
    const placeholderFits = await search.evaluate((input) => {
      // The placeholder's width in the input's own font, measured by the page itself.
      const style = input.ownerDocument.defaultView!.getComputedStyle(input);
      const probe = input.ownerDocument.createElement('span');
      Object.assign(probe.style, {
        position: 'absolute',
        visibility: 'hidden',
        whiteSpace: 'pre',
        font: style.font,
        letterSpacing: style.letterSpacing,
      });
      probe.textContent = input.getAttribute('placeholder');
      input.ownerDocument.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
    expect(placeholderFits).toBe(true);
  });

  it('at 768×1024 (a tablet upright): no sideways scrolling, every default column whole and in view', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    const table = page.locator('.roster-scroll');
    await screenshot(page, 'families-table-tablet-768x1024');
    expect(
      await table.evaluate((element) => element.scrollWidth <= element.clientWidth + 1),
      'no sideways scroll inside the table',
    ).toBe(true);
    expect(
      await page.locator('html').evaluate((root) => root.scrollWidth <= root.clientWidth + 1),
      'no sideways scroll on the page',
    ).toBe(true);
    const tableRight = (await table.boundingBox())!;
    for (const family of FAMILIES) {
      expect(await fits(row(family.parentName).locator('td.col-parents .row-open')), `${family.parentName} whole`).toBe(
        true,
      );
      expect(await fits(row(family.parentName).locator('td.col-email > *')), `${family.email} whole`).toBe(true);
      expect(await fits(row(family.parentName).locator('td.col-phone > *')), `${family.phone} whole`).toBe(true);
      for (const cell of await row(family.parentName).locator('td').all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x + box.width, `${await cell.getAttribute('class')} inside the table`).toBeLessThanOrEqual(
          tableRight.x + tableRight.width + 1,
        );
      }
    }
    for (const header of await page.locator('.roster-table thead th .sort-button').all()) {
      expect(
        await header.evaluate((element) => element.scrollWidth <= element.clientWidth + 1),
        `${await header.innerText()} whole`,
      ).toBe(true);
    }
    const columns = await page
      .locator('.roster-table thead th')
      .evaluateAll((cells) => cells.map((cell) => /col-(\w+)/.exec(cell.className)?.[1]));
    expect(columns).toEqual(['select', 'parents', 'kids', 'email', 'phone']);

    // The other columns are one click away; what she picks on the tablet leaves the laptop's columns alone.
    await page.locator('summary', { hasText: 'Columns' }).click();
    const menu = page.getByRole('group', { name: 'Show columns' });
    await menu.getByLabel('Last visit').check();
    await page.locator('th.col-lastVisit').waitFor();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.locator('th.col-neighborhood').waitFor();
    expect(await page.locator('th.col-lastVisit').count()).toBe(1);
    await page.setViewportSize({ width: 768, height: 1024 });
    await menu.getByLabel('Last visit').uncheck();
    expect(await page.locator('th.col-lastVisit').count()).toBe(0);
    await page.locator('summary', { hasText: 'Columns' }).click();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.locator('th.col-lastVisit').waitFor();
  });

  it('highlights the kid who matches "has a kid 12–36 months", and shows that kid', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByLabel('Youngest age').fill('12');
    await page.getByLabel('Oldest age').fill('36');
    await expect.poll(() => page.locator('tbody tr:not(.spacer-row)').count()).toBe(3);
    for (const [name, kid] of [
      ['Samuel Okafor', 'Theo'],
      ['Priya Natarajan', 'Mira'],
      ['Dana Reyes', 'Mia'],
    ]) {
      const match = row(name!).locator('td.col-kids > ul.kid-list > li.kid-chip.kid-match');
      expect(await match.locator('.kid-name').innerText()).toBe(kid);
      expect(await match.innerText()).toContain('matches the age filter');
      expect((await kidsOf(name!)).shown).toContain(kid);
    }
    await screenshotAtEverySize(page, 'families-table-age-filter');
  });
});
