import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday, MONTH_NAMES, parseIsoDate } from '../../shared/domain/calendar-date';
import { weeksBefore } from '../../shared/domain/attendance/stats';
import { callApi } from '../support/api-over-http';
import {
  chromiumAvailable,
  launchChromium,
  SCREENSHOTS,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { addPark, addSession, addSessionUnderWay } from '../support/seed-sessions';
import { screenshotsAtEachSize } from '../support/viewports';

/** A birth date `months` months before today, so the kids' ages (and the age gaps) hold whenever the test runs. */
function bornMonthsAgo(months: number): string {
  const today = new Date();
  const date = new Date(Date.UTC(today.getFullYear(), today.getMonth() - months, 1));
  return date.toISOString().slice(0, 10);
}

/** The path to friendship in the words the organizer reads, with its source, wherever ties show. */
const PATH_SENTENCE =
  'The path to friendship (Hall, 2019): casual friends after about 50 hours together, friends after about 90, close friends after 200 or more.';

/** The option text of the upcoming "Splash pad" session (its day is written the way the browser writes dates). */
async function splashPadLabel(card: ReturnType<Page['locator']>): Promise<string> {
  const options = await card.locator('option').allInnerTexts();
  const label = options.find((text) => text.includes('Splash pad'));
  if (!label) throw new Error(`No Splash pad session offered: ${options.join(' | ')}`);
  return label;
}

describe.skipIf(!chromiumAvailable)('connections in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let upcoming: number;
  const errors: string[] = [];
  const api = (method: string, params: unknown) => callApi(app.launchUrl, method, params);

  beforeAll(async () => {
    app = await startBrowserMode();
    const family = async (parentName: string, kidName: string, ageMonths: number, neighborhood: string) =>
      (await api('families.create', {
        parentName,
        neighborhood,
        consentShareContact: true,
        kids: [{ name: kidName, birthDate: bornMonthsAgo(ageMonths), birthPrecision: 'day' }],
      })) as { id: number };
    const regulars = [
      await family('Ana Lopez', 'Leo', 25, 'Sellwood'),
      await family('Mei Chen', 'Lin', 26, 'Sellwood'),
      await family('Dana Reyes', 'Mia', 28, 'Sellwood'),
      await family('Priya Natarajan', 'Anika', 24, 'Sellwood'),
      await family('Sam Okafor', 'Tobi', 30, 'Moreland'),
      await family('Jo Park', 'Eli', 27, 'Moreland'),
    ];
    const loner = await family('Zoe Quinn', 'Ivy', 20, 'Brooklyn');
    const loner2 = await family('Ruth Adams', 'Max', 22, 'Brooklyn');
    const db = new BetterSqlite3(app.databasePath);
    const park = addPark(db, 'Maple Park');
    const past = [5, 4, 3].map((weeks) =>
      addSession(db, { date: weeksBefore(localToday(), weeks), parkId: park, title: 'Stroller walk' }),
    );
    const alone = [
      [8, loner.id],
      [7, loner.id],
      [6, loner.id],
      [8.5, loner2.id],
      [7.5, loner2.id],
      [6.5, loner2.id],
    ] as const;
    const aloneSessions = alone.map(([weeks]) =>
      addSession(db, { date: weeksBefore(localToday(), Math.floor(weeks)), parkId: park, title: 'Quiet morning' }),
    );
    const today = addSessionUnderWay(db, { parkId: park, title: 'Toddler morning' });
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    upcoming = addSession(db, { date: localToday(inAWeek), parkId: park, title: 'Splash pad' });
    db.close();
    for (const session of past)
      for (const regular of regulars) await api('attendance.checkIn', { sessionId: session, familyId: regular.id });
    for (const [index, [, familyId]] of alone.entries())
      await api('attendance.checkIn', { sessionId: aloneSessions[index], familyId });
    await api('attendance.checkIn', { sessionId: today, familyId: regulars[0]!.id });
    await api('attendance.checkIn', { sessionId: today, familyId: regulars[4]!.id });

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
        errors.push(`${message.text()} ${message.location().url}`);
    });
    await page.goto(app.launchUrl);
    await page.getByRole('link', { name: 'Connections' }).click();
    await page.getByRole('heading', { name: 'Connections', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists who has not connected yet, with why, and copies an introduction', async () => {
    const section = page.getByRole('region', { name: 'Not yet connected' });
    // Other cards list her name in their own choice of families, so the card is found by its heading.
    const zoe = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Zoe Quinn' }) });
    await zoe.waitFor();
    expect(await zoe.innerText()).toContain('3 visits');
    const introduce = zoe.getByLabel('Introduce Zoe Quinn to');
    // Each match says why: Ruth is the best one for Zoe (kids two months apart, both in Brooklyn).
    const ruthOption = (await introduce.locator('option').nth(1).innerText()).trim();
    expect(ruthOption).toMatch(/^Ruth Adams — Max, 1 y (9|10) m · also Brooklyn · 3 visits$/);
    await introduce.selectOption({ label: ruthOption });
    // The browser refuses the clipboard, as Safari or Firefox may in browser mode: Village says so, and
    // the introduction stays on screen to copy by hand. Chromium allows any write a click starts (even
    // with the permission denied through CDP), so this page's writeText is made to refuse as they do.
    await page.evaluate(
      "navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))",
    );
    await zoe.getByRole('button', { name: 'Copy an introduction' }).click();
    await zoe
      .getByRole('status')
      .getByText('Village could not reach the clipboard: select the introduction above and copy it.')
      .waitFor();
    expect(await zoe.getByLabel('The introduction').inputValue()).toMatch(/Ruth/);
    // Both cards say so, so she does not introduce them twice without knowing.
    await zoe.getByText(/^Introduced to Ruth Adams on \w{3} \w{3} \d+, \d{4}\.$/).waitFor();
    const ruth = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Ruth Adams' }) });
    await ruth.getByText(/^Introduced to Zoe Quinn on /).waitFor();
  });

  it('starts from the same defaults as the API and the CLI, and refuses an unfinished date under its field', async () => {
    expect(await page.getByLabel('Families per circle').inputValue()).toBe('5');
    expect(await page.getByLabel('Largest age gap (months)').inputValue()).toBe('6');
    const day = page.getByLabel("Kids' ages on");
    expect(await day.inputValue()).toBe(localToday());
    // What a date field holds while its day, month or year is still missing.
    await day.fill('');
    await page.getByRole('button', { name: 'Propose circles' }).click();
    await page.getByText('The circle date must be a real day written like 2024-03-15.').waitFor();
    expect(await day.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('heading', { name: 'Circle 1', level: 4 }).count()).toBe(0);
    await day.fill(localToday());
  });

  it('shows the API’s message under a wrong field, then proposes, saves and invites a circle', async () => {
    await page.getByLabel('Families per circle').fill('1');
    await page.getByRole('button', { name: 'Propose circles' }).click();
    await page.getByText(/The circle size must be at least \d families\./).waitFor();
    expect(await page.getByLabel('Families per circle').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Families per circle').fill('3');
    await page.getByRole('button', { name: 'Propose circles' }).click();
    await page.getByRole('heading', { name: 'Circle 1', level: 4 }).waitFor();
    await page.getByRole('button', { name: 'Save these circles' }).click();
    await page.getByRole('heading', { name: 'Saved circles' }).waitFor();

    const saved = (await api('connections.circles', {})) as {
      id: number;
      name: string;
      families: { familyId: number }[];
    }[];
    expect(saved.length).toBeGreaterThan(1);
    const first = saved[0]!;
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: first.name, level: 3 }) });
    await card.getByLabel(`Invite ${first.name} to a session`).selectOption({ label: await splashPadLabel(card) });
    await card.getByRole('button', { name: 'Invite to a session' }).click();
    await page.getByRole('status').getByText(`Invited ${first.families.length} families of ${first.name}.`).waitFor();
    const rsvps = (await api('rsvps.list', { sessionId: upcoming })) as { familyId: number }[];
    expect(rsvps.map((rsvp) => rsvp.familyId).sort()).toEqual(first.families.map((family) => family.familyId).sort());

    await card.getByLabel('Name').fill('Sellwood toddlers');
    await card.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('heading', { name: 'Sellwood toddlers', level: 3 }).waitFor();
    await screenshotsAtEachSize(page, 'connections-circles', () =>
      page.getByRole('heading', { name: 'Saved circles' }).scrollIntoViewIfNeeded(),
    );
  });

  it('moves a family to another circle with the keyboard-friendly select, locks a circle and deletes one after asking', async () => {
    const before = (await api('connections.circles', {})) as {
      id: number;
      name: string;
      families: { familyId: number; parentName: string }[];
    }[];
    const [from, to] = [before[0]!, before[1]!];
    const moving = from.families[0]!;
    // Choosing the circle alone moves no one (arrowing through the select must not); the button does.
    await page.getByLabel(`Move ${moving.parentName} to another circle`).selectOption({ label: to.name });
    expect(
      ((await api('connections.circles', {})) as typeof before)[0]!.families.map((family) => family.familyId),
    ).toContain(moving.familyId);
    await page.getByRole('button', { name: `Move ${moving.parentName}`, exact: true }).click();
    await page.getByRole('status').getByText(`Moved ${moving.parentName} to ${to.name}.`).waitFor();
    const after = (await api('connections.circles', {})) as typeof before;
    expect(after.find((circle) => circle.id === to.id)!.families.map((family) => family.familyId)).toContain(
      moving.familyId,
    );

    const toCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: to.name, level: 3 }) });
    // The box shows the saved state, so it turns on once Village has saved the lock.
    await toCard.getByLabel('Lock (keep as it is)').click();
    await page.getByRole('status').getByText(`${to.name} is locked: new proposals leave it as it is.`).waitFor();
    await toCard.getByText('Locked', { exact: true }).waitFor();
    expect(await toCard.getByLabel('Lock (keep as it is)').isChecked()).toBe(true);

    const last = after[after.length - 1]!;
    await page.getByRole('button', { name: `Delete ${last.name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete ${last.name}?` });
    await confirm.getByRole('button', { name: 'Delete the circle' }).click();
    await page.getByRole('status').getByText(`Deleted ${last.name}.`).waitFor();
    expect(((await api('connections.circles', {})) as typeof before).map((circle) => circle.id)).not.toContain(last.id);
  });

  it('shows the ties as a table with a caption and headers', async () => {
    const table = page.getByRole('table', { name: 'Time together, most first' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Family',
      'With',
      'Together',
      'On the path',
    ]);
    expect(await table.getByRole('row').count()).toBeGreaterThan(10);
    expect(await table.innerText()).toMatch(/3 sessions, \d+ h( \d+ m)? together/);
    expect(await page.getByRole('region', { name: 'Time together' }).innerText()).toContain(PATH_SENTENCE);
    await screenshotsAtEachSize(page, 'connections-ties', () =>
      page.getByRole('heading', { name: 'Time together' }).scrollIntoViewIfNeeded(),
    );
  });

  it('shows a family’s most-met families in its detail', async () => {
    await page.getByRole('link', { name: 'Families' }).click();
    await page.getByRole('button', { name: 'Edit Ana Lopez' }).click();
    const panel = page.getByRole('region', { name: 'Met most' });
    await panel
      .getByText(/Mei Chen — 3 sessions/)
      .first()
      .waitFor();
    expect(await panel.innerText()).toContain('casual friends');
    expect(await panel.innerText()).toContain(PATH_SENTENCE);
    // A full-page screenshot resets the dialog's scroll, so the panel is also taken on its own.
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 },
    ]) {
      await page.setViewportSize(viewport);
      await panel.screenshot({
        path: path.join(SCREENSHOTS, `connections-family-met-most-${viewport.width}x${viewport.height}.png`),
      });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Escape');
  });

  it('shows the introduction copied earlier on both families’ details, with whom and when', async () => {
    const { year, month, day } = parseIsoDate(localToday())!;
    const today = `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
    await page.getByRole('link', { name: 'Families' }).click();
    for (const [family, other] of [
      ['Zoe Quinn', 'Ruth Adams'],
      ['Ruth Adams', 'Zoe Quinn'],
    ]) {
      await page.getByRole('button', { name: `Edit ${family}` }).click();
      const panel = page.getByRole('region', { name: 'Introductions' });
      await panel.getByText(new RegExp(`Introduced to ${other} on \\w{3} ${today}`)).waitFor();
      if (family === 'Zoe Quinn')
        await panel.screenshot({ path: path.join(SCREENSHOTS, 'connections-family-introductions-1280x800.png') });
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
  });

  it('suggests regulars to a first-timer at check-in', async () => {
    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByRole('button', { name: 'Start check-in' }).click();
    await page.getByRole('button', { name: '+ New family (walk-in)' }).click();
    const dialog = page.getByRole('dialog', { name: 'New family (walk-in)' });
    await dialog.getByLabel('Parent or caregiver').fill('Nina Brooks');
    await dialog.getByLabel('Kid 1 name (optional)').fill('Ollie');
    await dialog.getByLabel('Years').fill('2');
    await dialog.getByRole('button', { name: 'Check in as first-timer' }).click();
    const welcome = page.getByRole('complementary', { name: /Nina Brooks is new/ });
    await welcome.waitFor();
    expect(await welcome.innerText()).toContain('Ana Lopez');
    await screenshotsAtEachSize(page, 'connections-welcome');
    expect(errors).toEqual([]);
  });
});
