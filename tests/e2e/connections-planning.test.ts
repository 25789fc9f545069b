/**
 * The Connections page before and after saving, in Chromium through browser mode: neighboring
 * neighborhoods marked on screen change a proposal's reasons; a proposal edited before saving (a refused
 * move, a move, a family taken out, a rename, a lock) is saved as edited; and a session planned for a
 * saved circle, and for the families not yet connected, exists with those families invited.
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
import { screenshotsAtEachSize } from '../support/viewports';

function bornMonthsAgo(months: number): string {
  const today = new Date();
  return new Date(Date.UTC(today.getFullYear(), today.getMonth() - months, 1)).toISOString().slice(0, 10);
}

interface Saved {
  id: number;
  name: string;
  locked: boolean;
  families: { familyId: number; parentName: string }[];
}

describe.skipIf(!chromiumAvailable)('connections planning in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const ids = new Map<string, number>();
  let errors: string[] = [];
  const api = (method: string, params: unknown) => callApi(app.launchUrl, method, params);
  const idsOf = (...names: string[]) => names.map((name) => ids.get(name)!).sort((x, y) => x - y);
  const proposed = (name: string) =>
    page
      .getByRole('region', { name: 'Circles' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name, level: 4 }) });

  beforeAll(async () => {
    app = await startBrowserMode();
    // Three who agreed to share contacts (one circle of 3), four who did not (one circle of 4).
    for (const [parentName, neighborhood, months, consent] of [
      ['Ana Lopez', 'Sellwood', 25, true],
      ['Mei Chen', 'Sellwood', 26, true],
      ['Wen Li', 'Westmoreland', 27, true],
      ['Jo Reyes', 'Sellwood', 24, false],
      ['Kim Berg', 'Sellwood', 25, false],
      ['Zoe Quinn', 'Brooklyn', 20, false],
      ['Ruth Adams', 'Brooklyn', 22, false],
    ] as const) {
      const created = (await api('families.create', {
        parentName,
        neighborhood,
        consentShareContact: consent,
        kids: [{ name: 'Kid', birthDate: bornMonthsAgo(months), birthPrecision: 'day' }],
      })) as { id: number };
      ids.set(parentName, created.id);
    }
    const db = new BetterSqlite3(app.databasePath);
    const park = addPark(db, 'Maple Park');
    // Four 90-minute mornings together: 6 hours, so the regulars are connected; Zoe and Ruth came alone.
    const together = [6, 5, 4, 3].map((weeks) =>
      addSession(db, { date: weeksBefore(localToday(), weeks), parkId: park, title: 'Stroller walk' }),
    );
    const alone = [9, 8, 7].map((weeks) =>
      addSession(db, { date: weeksBefore(localToday(), weeks), parkId: park, title: 'Quiet morning' }),
    );
    const aloneToo = [12, 11, 10].map((weeks) =>
      addSession(db, { date: weeksBefore(localToday(), weeks), parkId: park, title: 'Quiet afternoon' }),
    );
    db.close();
    for (const sessionId of together)
      for (const name of ['Ana Lopez', 'Mei Chen', 'Wen Li', 'Jo Reyes', 'Kim Berg'])
        await api('attendance.checkIn', { sessionId, familyId: ids.get(name) });
    for (const sessionId of alone) await api('attendance.checkIn', { sessionId, familyId: ids.get('Zoe Quinn') });
    for (const sessionId of aloneToo) await api('attendance.checkIn', { sessionId, familyId: ids.get('Ruth Adams') });

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    errors = watchPageErrors(page);
    await page.goto(app.launchUrl);
    await page.getByRole('link', { name: 'Connections' }).click();
    await page.getByRole('heading', { name: 'Connections', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('neighbors marked on screen change a proposal’s reasons, and can be removed', async () => {
    await page.getByLabel('Families per circle').fill('3');
    await page.getByRole('button', { name: 'Propose circles' }).click();
    const first = proposed('Circle 1');
    await first.getByText(/Sellwood and Westmoreland/).waitFor();
    expect(await first.innerText()).not.toContain('neighboring');

    const section = page.getByRole('region', { name: 'Neighboring neighborhoods' });
    expect(await section.getByLabel('Neighborhood', { exact: true }).locator('option').allInnerTexts()).toEqual([
      'Choose a neighborhood',
      'Brooklyn',
      'Sellwood',
      'Westmoreland',
    ]);
    await section.getByLabel('Neighborhood', { exact: true }).selectOption('Westmoreland');
    await section.getByLabel('Is next to').selectOption('Sellwood');
    await section.getByRole('button', { name: 'Mark as neighbors' }).click();
    await section.getByRole('status').getByText('Westmoreland and Sellwood are neighbors now').waitFor();
    await section
      .getByRole('list', { name: 'Neighborhoods marked as neighbors' })
      .getByText('Sellwood and Westmoreland')
      .waitFor();
    await first.getByText(/neighboring Sellwood and Westmoreland/).waitFor();
    await screenshotsAtEachSize(page, 'connections-neighbors', () => section.scrollIntoViewIfNeeded());

    // Removed with its own button, then marked again for the rest of the spec.
    await section.getByRole('button', { name: 'Remove Sellwood and Westmoreland as neighbors' }).click();
    await section.getByText('No neighborhoods are marked as neighbors yet.').waitFor();
    await first.getByText(/· Sellwood and Westmoreland/).waitFor();
    expect(await api('connections.neighbors', {})).toEqual([]);
  });

  it('a proposed circle edited before saving is saved as edited; a move against consent is refused with the API’s sentence', async () => {
    const second = proposed('Circle 2');
    // Jo did not agree to share her contact: Circle 1 shares contacts, so she cannot go there.
    await second.getByLabel('Move Jo Reyes to another circle').selectOption({ label: 'Circle 1' });
    await second.getByRole('button', { name: 'Move Jo Reyes', exact: true }).click();
    await page
      .getByRole('region', { name: 'Circles' })
      .getByRole('alert')
      .getByText(
        "Jo Reyes has not agreed to share contact details, so she cannot join a circle whose members see each other's contacts.",
      )
      .waitFor();
    expect(await second.innerText()).toContain('Jo Reyes');

    const first = proposed('Circle 1');
    await first.getByLabel('Move Wen Li to another circle').selectOption({ label: 'Circle 2' });
    await first.getByRole('button', { name: 'Move Wen Li', exact: true }).click();
    await page.getByRole('status').getByText('Moved Wen Li to Circle 2.').waitFor();
    await second.getByText('Wen Li').waitFor();
    await first.getByText(/all Sellwood/).waitFor();

    await second.getByRole('button', { name: 'Take Kim Berg out of Circle 2' }).click();
    const leftOut = page.getByRole('list', { name: 'Families taken out of the proposed circles' });
    await leftOut.getByText('Kim Berg').waitFor();
    // A circle left with one family says so; moving a family back from the list fills it again.
    await first.getByRole('button', { name: 'Take Mei Chen out of Circle 1' }).click();
    await first.getByText('A circle of one meets no one').waitFor();
    await leftOut.getByLabel('Move Mei Chen to another circle').selectOption({ label: 'Circle 1' });
    await leftOut.getByRole('button', { name: 'Move Mei Chen', exact: true }).click();
    await page.getByRole('status').getByText('Moved Mei Chen to Circle 1.').waitFor();
    expect(await first.getByText('A circle of one meets no one').count()).toBe(0);
    expect(await leftOut.innerText()).not.toContain('Mei Chen');

    await first.getByLabel('Name').fill('Sellwood toddlers');
    await first.getByRole('button', { name: 'Rename' }).click();
    const renamed = proposed('Sellwood toddlers');
    await renamed.waitFor();
    await second.getByLabel('Lock (keep as it is)').check();
    await second.getByText('Locked', { exact: true }).waitFor();
    await screenshotsAtEachSize(page, 'connections-proposal-edited', () =>
      page.getByRole('heading', { name: 'Proposed' }).scrollIntoViewIfNeeded(),
    );

    await page.getByRole('button', { name: 'Save these circles' }).click();
    await page.getByRole('heading', { name: 'Saved circles' }).waitFor();
    const saved = (await api('connections.circles', {})) as Saved[];
    expect(
      saved.map((circle) => [circle.name, circle.locked, circle.families.map((f) => f.familyId).sort((x, y) => x - y)]),
    ).toEqual([
      ['Sellwood toddlers', false, idsOf('Ana Lopez', 'Mei Chen')],
      ['Circle 2', true, idsOf('Jo Reyes', 'Zoe Quinn', 'Ruth Adams', 'Wen Li')],
    ]);
  });

  it('plans a session for a saved circle: the form starts with a title and the park they share, and saving invites them', async () => {
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Sellwood toddlers', level: 3 }) });
    await card.getByRole('button', { name: 'Plan a session for Sellwood toddlers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan a session' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Small circle: Sellwood toddlers');
    await dialog.getByText('Ana Lopez and Mei Chen will be invited once you plan it.').waitFor();
    expect(await dialog.getByLabel('Park').locator('option:checked').innerText()).toBe('Maple Park');
    await screenshotsAtEachSize(page, 'connections-plan-session');
    await dialog.getByRole('button', { name: 'Plan session' }).click();
    await page
      .getByRole('status')
      .getByText(/Planned Small circle: Sellwood toddlers\. Invited 2 families/)
      .waitFor();

    await screenshotsAtEachSize(page, 'connections-planned', () => card.scrollIntoViewIfNeeded());
    const sessions = (await api('sessions.list', {})) as { id: number; title: string }[];
    const planned = sessions.find((session) => session.title === 'Small circle: Sellwood toddlers');
    expect(planned).toBeDefined();
    const rsvps = (await api('rsvps.list', { sessionId: planned!.id })) as { familyId: number; status: string }[];
    expect(rsvps.map((rsvp) => [rsvp.familyId, rsvp.status]).sort()).toEqual(
      idsOf('Ana Lopez', 'Mei Chen').map((id) => [id, 'invited']),
    );
  });

  it('plans a session for the families not yet connected and invites them', async () => {
    const section = page.getByRole('region', { name: 'Not yet connected' });
    await section.getByRole('button', { name: 'Plan a session for the families not yet connected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan a session' });
    expect(await dialog.getByLabel('Title').inputValue()).toBe('New friends: Brooklyn toddlers');
    await dialog.getByRole('button', { name: 'Plan session' }).click();
    await section
      .getByRole('status')
      .getByText(/Planned New friends: Brooklyn toddlers\. Invited 2 families/)
      .waitFor();
    const sessions = (await api('sessions.list', {})) as { id: number; title: string }[];
    const planned = sessions.find((session) => session.title === 'New friends: Brooklyn toddlers')!;
    const rsvps = (await api('rsvps.list', { sessionId: planned.id })) as { familyId: number }[];
    expect(rsvps.map((rsvp) => rsvp.familyId).sort((x, y) => x - y)).toEqual(idsOf('Zoe Quinn', 'Ruth Adams'));
    expect(errors).toEqual([]);
  });
});
