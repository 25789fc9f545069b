/**
 * Rain-outs, the forecast and waitlist offers in the real renderer (Chromium, browser mode), with a stub
 * of Open-Meteo on 127.0.0.1 (never the internet): the agenda flags tomorrow's rainy session and its panel
 * shows the forecast with Open-Meteo's credit (and one quiet line once the service is unreachable); a
 * going family declining the full session offers the place to the waitlist, message queued; the organizer
 * moves the session for the rain (change notice queued for going, maybe and waitlisted; the calendar entry
 * keeps its UID with SEQUENCE raised) and cancels another (METHOD:CANCEL).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import type { OutboxEntry } from '../../shared/domain/reach/outbox';
import type { SessionDetail } from '../../shared/domain/sessions/session';
import { callApi } from '../support/api-over-http';
import { chromiumAvailable, launchChromium, startBrowserMode, type RunningApp } from '../support/browser-mode';
import { startForecastStub, stubHourOf, type ForecastStub } from '../support/forecast-stub';
import { makeTempDir } from '../support/temp-db';
import { TEST_MAIL_ACCOUNT as ACCOUNT } from '../support/test-mail-account';
import { screenshotsAtEachSize } from '../support/viewports';

const tomorrow = formatIsoDate(addDays(parseIsoDate(localToday())!, 1));

describe.skipIf(!chromiumAvailable)('rain-out, forecast and waitlist offers in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let stub: ForecastStub;
  const errors: string[] = [];
  const ids: Record<string, number> = {};
  let rainy: SessionDetail;
  let picnic: SessionDetail;
  const api = <T>(method: string, params: unknown) => callApi(app.launchUrl, method, params) as Promise<T>;

  beforeAll(async () => {
    stub = await startForecastStub([
      { time: stubHourOf(Date.parse(`${tomorrow}T10:00:00Z`)), rain: 70, feelsLike: 12.4, code: 61 },
      { time: stubHourOf(Date.parse(`${tomorrow}T15:00:00Z`)), rain: 20, feelsLike: 15, code: 2 },
      { time: stubHourOf(Date.parse(`${tomorrow}T16:00:00Z`)), rain: 10, feelsLike: 17, code: 1 },
    ]);
    process.env.VILLAGE_FORECAST_URL = stub.url;
    app = await startBrowserMode(path.join(makeTempDir(), 'village.db'));
    await api('settings.set', { timeZone: 'UTC' });
    const maple = await api<{ id: number }>('parks.create', {
      name: 'Maple Park',
      mapUrl: 'https://www.google.com/maps/place/Maple/@40.6892,-74.0445,17z',
    });
    const barn = await api<{ id: number }>('parks.create', { name: 'Maple Park indoor barn' });
    for (const name of ['Gina Going', 'Greta Going', 'Mo Maybe', 'Wes Waiting', 'Val Waiting', 'Ida Invited']) {
      const family = await api<{ id: number }>('families.create', {
        parentName: name,
        email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
        kids: [{ name: 'Kid', birthDate: '2024-03-01', birthPrecision: 'month' }],
      });
      ids[name] = family.id;
    }
    const session = (title: string, parkId: number, capacity: number | null, startTime = '10:00') =>
      api<SessionDetail>('sessions.create', {
        title,
        parkId,
        date: tomorrow,
        startTime,
        endTime: `${String(Number(startTime.slice(0, 2)) + 1)}:30`,
        timeZone: 'UTC',
        capacity,
      });
    rainy = await session('Toddler morning', maple.id, 2);
    picnic = await session('Picnic in the park', maple.id, null, '16:00');
    void barn;
    const answer = (sessionId: number, name: string, status: string) =>
      api('rsvps.set', { sessionId, familyId: ids[name], status });
    // Gina and Greta fill the two places; Wes, then Val, wait.
    for (const name of ['Gina Going', 'Greta Going', 'Wes Waiting', 'Val Waiting'])
      await answer(rainy.id, name, 'going');
    await answer(rainy.id, 'Mo Maybe', 'maybe');
    await answer(rainy.id, 'Ida Invited', 'invited');
    for (const name of ['Gina Going', 'Mo Maybe']) await answer(picnic.id, name, 'going');
    // Her mail account (Outbox › Mail account) is the one the rain-out notice and offers go through.
    await api('settings.set', { mailAccount: ACCOUNT });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
    });
    await page.goto(app.launchUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await stub?.close();
    delete process.env.VILLAGE_FORECAST_URL;
  });

  const openSession = async (title: string) => {
    // Through another page, so the agenda reads the sessions afresh.
    await page.getByRole('link', { name: 'Parks' }).click();
    await page.getByRole('link', { name: 'Sessions' }).click();
    await page.getByRole('button', { name: new RegExp(title) }).click();
    return page.getByRole('dialog', { name: title });
  };
  const closePanel = async (title: string) => {
    await page.getByRole('dialog', { name: title }).getByRole('button', { name: 'Done' }).click();
  };
  const outbox = () => api<OutboxEntry[]>('outbox.list', {});

  it('flags the rainy session in the agenda and shows its forecast with the credit', async () => {
    await page.getByRole('link', { name: 'Sessions' }).click();
    const rainyRow = page.getByRole('button', { name: /Toddler morning/ });
    await rainyRow.getByText('Rain likely · 70%').waitFor();
    expect(await page.getByRole('button', { name: /Picnic in the park/ }).innerText()).not.toContain('Rain likely');
    await screenshotsAtEachSize(page, 'rainout-agenda-at-risk');
    // The month says it too, on the day's session itself (in words for a screen reader).
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    // Tomorrow may be in next month.
    if (tomorrow.slice(0, 7) !== localToday().slice(0, 7))
      await page.getByRole('button', { name: 'Next month' }).click();
    const inMonth = page.locator('.month-grid').getByRole('button', { name: /Toddler morning/ });
    await inMonth.getByLabel('Rain likely · 70%').waitFor();
    expect(
      await page
        .locator('.month-grid')
        .getByRole('button', { name: /Picnic in the park/ })
        .innerHTML(),
    ).not.toContain('Rain likely');
    await screenshotsAtEachSize(page, 'rainout-month-at-risk');
    await page.getByRole('button', { name: 'Upcoming', exact: true }).click();
    const panel = await openSession('Toddler morning');
    await panel.getByText('Forecast: 70% chance of rain · feels like 12°C').waitFor();
    await panel.getByText('Weather data by Open-Meteo.com (CC BY 4.0)').waitFor();
    await screenshotsAtEachSize(page, 'rainout-forecast-panel');
    await closePanel('Toddler morning');
  });

  it('says so in one quiet line when the forecast service cannot be reached', async () => {
    await stub.close();
    // A park Village has not asked about yet, so nothing cached stands in for the answer.
    const oak = await api<{ id: number }>('parks.create', {
      name: 'Oak Park',
      mapUrl: 'https://www.openstreetmap.org/#map=17/52.3731/4.8922',
    });
    await api('sessions.create', {
      title: 'Stroller walk',
      parkId: oak.id,
      date: tomorrow,
      startTime: '12:00',
      endTime: '13:00',
      timeZone: 'UTC',
    });
    const panel = await openSession('Stroller walk');
    await panel
      .getByText('Village could not reach the forecast service (offline?), so there is no forecast right now.')
      .waitFor();
    expect(await panel.locator('.forecast-line').count()).toBe(1);
    await screenshotsAtEachSize(page, 'rainout-forecast-offline');
    await closePanel('Stroller walk');
  });

  it('offers the freed place to the family waiting longest when a going family declines', async () => {
    const panel = await openSession('Toddler morning');
    await panel.getByLabel('Answer for Gina Going').selectOption('declined');
    await panel
      .getByRole('status')
      .getByText(
        /^Gina Going: declined\. The place is offered to Wes Waiting until \w{3} \w{3} \d+, \d{4}, \d\d:\d\d\.$/,
      )
      .waitFor();
    const offers = panel.getByRole('region', { name: 'Waitlist offers' });
    await offers.getByText('Wes Waiting').waitFor();
    await offers.getByText(/Offered · until \w{3} \w{3} \d+, \d{4}, \d\d:\d\d/).waitFor();
    const offerMessages = (await outbox()).filter((entry) => entry.kind === 'waitlist-offer');
    expect(offerMessages.map((entry) => [entry.parentName, entry.status])).toEqual([['Wes Waiting', 'queued']]);
    await screenshotsAtEachSize(page, 'rainout-waitlist-offer', () => offers.scrollIntoViewIfNeeded());
    // She steps in: Wes said yes on the phone.
    await offers.getByRole('button', { name: 'Accept for them' }).click();
    await offers.getByText('Accepted · going').waitFor();
    await closePanel('Toddler morning');
  });

  it('moves the session to the afternoon for the rain, queuing the change with SEQUENCE raised', async () => {
    const before = await api<SessionDetail>('sessions.get', { id: rainy.id });
    const panel = await openSession('Toddler morning');
    await panel.getByRole('button', { name: 'Rain-out…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rain-out' });
    await dialog.getByLabel('Move to another time that day').check();
    await dialog.getByLabel('New start time').fill('15:00');
    await dialog.getByLabel(/Queue the change for the 4 families going, maybe or waitlisted/).waitFor();
    await screenshotsAtEachSize(page, 'rainout-dialog-move');
    await dialog.getByRole('button', { name: 'Move for the weather' }).click();
    await panel
      .getByRole('status')
      .getByText(/Queued for 4 families — send them from the Outbox\./)
      .waitFor();
    await panel.getByText('Rained out · moved', { exact: true }).waitFor();
    await panel.getByText('15:00–16:30').first().waitFor();
    await panel.getByLabel('For the group chat').waitFor();
    // The forecast is read again for the new hour.
    await panel.getByText('Forecast: 20% chance of rain · feels like 15°C').waitFor();
    await screenshotsAtEachSize(page, 'rainout-moved-panel');
    const changes = (await outbox()).filter((entry) => entry.kind === 'change');
    // Greta and Wes going, Mo maybe, Val waitlisted; never Gina (declined) or Ida (only invited).
    expect(changes.map((entry) => entry.parentName).sort()).toEqual([
      'Greta Going',
      'Mo Maybe',
      'Val Waiting',
      'Wes Waiting',
    ]);
    const ics = await api<{ ics: string }>('calendar.export', { target: { kind: 'session', id: rainy.id } });
    expect(ics.ics).toContain(`UID:${before.uid}`);
    expect(ics.ics).toContain(`SEQUENCE:${before.sequence + 1}`);
    expect(ics.ics).toMatch(/DTSTART[^\n]*T150000/);
    await closePanel('Toddler morning');
    await page
      .getByRole('button', { name: /Toddler morning/ })
      .getByText('Rained out')
      .waitFor();
  });

  it('cancels another session for the rain: the cancellation is queued with METHOD:CANCEL', async () => {
    const panel = await openSession('Picnic in the park');
    await panel.getByRole('button', { name: 'Rain-out…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rain-out' });
    await dialog.getByLabel('Cancel it').check();
    await dialog.getByRole('button', { name: 'Cancel for the weather' }).click();
    await panel
      .getByRole('status')
      .getByText(/Cancelled for the weather\. Queued for 2 families/)
      .waitFor();
    await panel.getByText('Rained out · cancelled', { exact: true }).waitFor();
    await screenshotsAtEachSize(page, 'rainout-cancelled-panel');
    const cancellations = (await outbox()).filter((entry) => entry.kind === 'cancellation');
    expect(cancellations.map((entry) => entry.parentName).sort()).toEqual(['Gina Going', 'Mo Maybe']);
    const ics = await api<{ ics: string }>('calendar.export', { target: { kind: 'session', id: picnic.id } });
    expect(ics.ics).toContain('METHOD:CANCEL');
    expect(errors).toEqual([]);
  });
});
