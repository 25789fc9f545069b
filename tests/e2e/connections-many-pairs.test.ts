/**
 * The Connections page's time together when more families have met than its table lists: the page says
 * which pairs the table holds instead of claiming it holds every pair.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../shared/domain/calendar-date';
import { weeksBefore } from '../../shared/domain/attendance/stats';
import { callApi } from '../support/api-over-http';
import { chromiumAvailable, launchChromium, startBrowserMode, type RunningApp } from '../support/browser-mode';
import { watchPageErrors } from '../support/page-errors';
import { addPark, addSession } from '../support/seed-sessions';

/** 34 families at one session: 561 pairs, more than the 500 the table lists. */
const FAMILIES = 34;

describe.skipIf(!chromiumAvailable)('time together with more pairs than the table lists (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];
  const api = (method: string, params: unknown) => callApi(app.launchUrl, method, params);

  beforeAll(async () => {
    app = await startBrowserMode();
    const ids: number[] = [];
    for (let index = 1; index <= FAMILIES; index += 1) {
      const created = (await api('families.create', { parentName: `Parent ${index}`, kids: [] })) as { id: number };
      ids.push(created.id);
    }
    const db = new BetterSqlite3(app.databasePath);
    const session = addSession(db, { date: weeksBefore(localToday(), 1), parkId: addPark(db), title: 'Picnic' });
    db.close();
    for (const familyId of ids) await api('attendance.checkIn', { sessionId: session, familyId });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    errors = watchPageErrors(page);
    await page.goto(app.launchUrl);
    await page.getByRole('link', { name: 'Connections' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('says the table holds the 500 pairs with the most time, and where the others are', async () => {
    const section = page.getByRole('region', { name: 'Time together' });
    const table = section.getByRole('table', { name: /Time together/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(500);
    const text = await section.innerText();
    expect(text).not.toContain('Every pair is listed');
    expect(text).toContain('The table below lists the 500 pairs with the most time together');
    expect(text).toContain("each family's own are in her details (Families → Edit)");
    expect(errors).toEqual([]);
  });
});
