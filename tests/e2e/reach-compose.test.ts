/**
 * Composing messages in the app (issue 13), in Chromium through browser mode: a session's "Message
 * families…" dialog (preview for one family, queue by email, mail links, group-chat text), the
 * templates editor, and "we miss you" from the not-seen list, all through the one mail account kept in
 * settings (set up from the dialog when there is none). Nothing is sent here: reach-send-now.test.ts sends.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import type { Settings } from '../../shared/api/methods/settings';
import type { OutboxEntry } from '../../shared/domain/reach/outbox';
import { callApi } from '../support/api-over-http';
import { chromiumAvailable, launchChromium, startBrowserMode, type RunningApp } from '../support/browser-mode';
import { TEST_MAIL_ACCOUNT } from '../support/test-mail-account';
import { screenshotsAtEachSize } from '../support/viewports';

const today = parseIsoDate(localToday())!;
const day = (days: number) => formatIsoDate(addDays(today, days));
const bornMonthsAgo = (months: number) => formatIsoDate(addMonths(today, -months));

interface Seeded {
  sessionId: number;
  families: Record<string, number>;
}

async function seed(launchUrl: string): Promise<Seeded> {
  const api = <T>(method: string, params: unknown) => callApi(launchUrl, method, params) as Promise<T>;
  const park = await api<{ id: number }>('parks.create', { name: 'Maple Park', mapUrl: 'maps.example.org/maple' });
  const session = await api<{ id: number }>('sessions.create', {
    title: 'Toddler morning',
    parkId: park.id,
    date: day(5),
    startTime: '10:00',
    endTime: '11:30',
    timeZone: 'America/New_York',
  });
  const families: Record<string, number> = {};
  const add = async (parentName: string, email: string, kids: string[], contactPreference = 'email') => {
    const family = await api<{ id: number }>('families.create', {
      parentName,
      email,
      contactPreference,
      kids: kids.map((name, index) => ({ name, birthDate: bornMonthsAgo(20 + index * 12), birthPrecision: 'day' })),
    });
    families[parentName] = family.id;
  };
  await add('Dana Reyes', 'dana@example.org', ['Ivy', 'Max']);
  await add('Ana Lima', 'ana@example.org', ['Leo']);
  await add('Bea Park', 'bea@example.org', ['Ola']);
  await add('Tess Text', 'tess@example.org', ['Sol'], 'text');
  await add('Quinn Quiet', 'quinn@example.org', ['Pia'], 'none');
  await api('rsvps.invite', { sessionId: session.id, familyIds: Object.values(families) });
  for (const name of ['Dana Reyes', 'Ana Lima', 'Tess Text', 'Quinn Quiet'])
    await api('rsvps.set', { sessionId: session.id, familyId: families[name], status: 'going' });
  // Ten weeks ago Dana, Ana and Tess came to the park; nobody has seen them since.
  const past = await api<{ id: number }>('sessions.create', {
    title: 'Autumn picnic',
    parkId: park.id,
    date: day(-70),
    startTime: '10:00',
    endTime: '11:30',
    timeZone: 'America/New_York',
  });
  for (const name of ['Dana Reyes', 'Ana Lima', 'Tess Text'])
    await api('attendance.checkIn', { sessionId: past.id, familyId: families[name] });
  // Zoe came three times without meeting anyone yet; she and Ruth both agreed to share their contact.
  for (const [parentName, email, phone] of [
    ['Zoe Quinn', 'zoe@example.org', ''],
    ['Ruth Adams', 'ruth@example.org', '555-0199'],
  ] as const) {
    const family = await api<{ id: number }>('families.create', {
      parentName,
      email,
      phone,
      consentShareContact: true,
    });
    families[parentName] = family.id;
  }
  for (const weeksAgo of [3, 2, 1]) {
    const visit = await api<{ id: number }>('sessions.create', {
      title: 'Stroller walk',
      parkId: park.id,
      date: day(-7 * weeksAgo),
      startTime: '09:00',
      endTime: '10:00',
      timeZone: 'America/New_York',
    });
    await api('attendance.checkIn', { sessionId: visit.id, familyId: families['Zoe Quinn'] });
  }
  return { sessionId: session.id, families };
}

describe.skipIf(!chromiumAvailable)('composing messages in browser mode (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let seeded: Seeded;

  beforeAll(async () => {
    app = await startBrowserMode();
    seeded = await seed(app.launchUrl);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page = await context.newPage();
    await page.goto(app.launchUrl);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('previews one family, then queues one email per emailable family for the Outbox', async () => {
    await page.getByRole('link', { name: 'Sessions' }).click();
    await page
      .getByRole('button', { name: /Toddler morning/ })
      .first()
      .click();
    const panel = page.getByRole('dialog', { name: 'Toddler morning' });
    await panel.getByRole('button', { name: 'Message families…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Message families: Toddler morning' });

    await dialog.getByLabel('To', { exact: true }).selectOption('going');
    const summary = dialog.getByRole('list', { name: 'Who hears how' });
    await summary.getByText('2 families').waitFor();
    await expect.poll(() => summary.textContent()).toContain('1 family prefers a text, so no email: Tess Text');
    expect(await summary.textContent()).toContain('1 family asked not to be contacted at all: Quinn Quiet');
    // "Not at all" families cannot even be previewed; Ana (first by name) is shown first.
    const previewFor = dialog.getByRole('combobox', { name: 'Preview for' });
    expect(await previewFor.locator('option').allTextContents()).toEqual(['Ana Lima', 'Dana Reyes', 'Tess Text']);
    await previewFor.selectOption({ label: 'Dana Reyes' });
    const preview = dialog.getByRole('figure', { name: 'Preview of the message' });
    await preview.getByText('Hi Dana,').waitFor();
    await preview.getByText(/we'd love to see you and Ivy and Max there/).waitFor();
    await preview.getByText('dana@example.org').waitFor();
    await screenshotsAtEachSize(page, 'reach-message-families');

    // No mail account yet: the Outbox's own "Mail account" dialog is offered. An account without an
    // address is refused under its field, and nothing is queued.
    await dialog.getByText('Messages go out from your own mail account, not set up yet.').waitFor();
    const setUp = dialog.getByRole('button', { name: 'Set up your mail account…' });
    await screenshotsAtEachSize(page, 'reach-message-no-account', () => setUp.scrollIntoViewIfNeeded());
    await setUp.click();
    const setup = page.getByRole('dialog', { name: 'Mail account' });
    await setup.getByLabel('Your mail provider').selectOption('other');
    await screenshotsAtEachSize(page, 'reach-message-account-setup');
    await setup.getByLabel('Sending server (SMTP)').fill(TEST_MAIL_ACCOUNT.host);
    await setup.getByLabel('Sending port').fill(String(TEST_MAIL_ACCOUNT.port));
    await setup.getByLabel('Sending encryption').selectOption('none');
    await setup.getByLabel('Messages a day at most').fill('');
    await setup.getByLabel(/Read families’ Yes/).uncheck();
    await setup.getByRole('button', { name: 'Save' }).click();
    await setup.getByText('The sender address does not look right (it should be like name@example.org).').waitFor();
    expect(await setup.getByLabel('Your email address').getAttribute('aria-invalid')).toBe('true');
    expect(await callApi(app.launchUrl, 'outbox.list', {})).toEqual([]);

    // Once saved, the queue goes on through that one account, kept in settings for the Outbox too.
    await setup.getByLabel('Your email address').fill(TEST_MAIL_ACCOUNT.from);
    await setup.getByRole('button', { name: 'Save' }).click();
    await dialog
      .getByText(
        'Queued for 2 families — send them now, or later from the Outbox. 1 family prefers a text: give them the group-chat text.',
      )
      .waitFor();
    await screenshotsAtEachSize(page, 'reach-message-queued', () =>
      dialog.getByRole('button', { name: 'Close' }).scrollIntoViewIfNeeded(),
    );

    const outbox = (await callApi(app.launchUrl, 'outbox.list', {})) as OutboxEntry[];
    expect(
      outbox.map((entry) => [entry.parentName, entry.email, entry.status, entry.kind, entry.sessionId]).sort(),
    ).toEqual([
      ['Ana Lima', 'ana@example.org', 'queued', 'invitation', seeded.sessionId],
      ['Dana Reyes', 'dana@example.org', 'queued', 'invitation', seeded.sessionId],
    ]);
    const { mailAccount } = (await callApi(app.launchUrl, 'settings.get', {})) as Settings;
    expect(mailAccount).toEqual(TEST_MAIL_ACCOUNT);
    await dialog.getByText('Sending from organizer@example.org through 127.0.0.1.').waitFor();
    await dialog.getByRole('button', { name: 'Send now' }).waitFor();
    // Queued once: the button says so and cannot queue a second copy for the same families.
    expect(await dialog.getByRole('button', { name: 'Queued', exact: true }).isDisabled()).toBe(true);
    // No second copy of the account is kept anywhere for the message dialogs.
    expect(await callApi(app.launchUrl, 'preferences.get', { key: 'reach.mailAccount' })).toBeNull();
  });

  it('schedules a reminder days before the session', async () => {
    const dialog = page.getByRole('dialog', { name: 'Message families: Toddler morning' });
    await dialog.getByLabel('Message', { exact: true }).selectOption('reminder');
    await dialog.getByLabel('When').selectOption({ label: '2 days before' });
    await dialog.getByRole('button', { name: 'Queue for 2 families' }).click();
    await dialog.getByText(/^Queued for 2 families — send them from the Outbox\./).waitFor();
    // A scheduled reminder waits for its day in the Outbox: nothing to send now.
    expect(await dialog.getByRole('button', { name: 'Send now' }).count()).toBe(0);
    const outbox = (await callApi(app.launchUrl, 'outbox.list', {})) as OutboxEntry[];
    const reminders = outbox.filter((entry) => entry.kind === 'reminder');
    expect(reminders).toHaveLength(2);
    // 10:00 in New York, 3 days from today.
    expect(new Date(reminders[0]!.notBefore!).toLocaleString('en-US', { timeZone: 'America/New_York' })).toContain(
      '10:00:00 AM',
    );
    expect(reminders[0]!.notBefore!.slice(0, 10)).toBe(day(3));
  });

  it('gives mail links in batches, and the group-chat text to copy', async () => {
    const dialog = page.getByRole('dialog', { name: 'Message families: Toddler morning' });
    await dialog.getByLabel('To', { exact: true }).selectOption('all');
    await dialog.getByText('Without a password').click();
    const batch = dialog.getByRole('link', { name: 'Batch 1 of 1 (3 families)' });
    await batch.waitFor();
    const href = (await batch.getAttribute('href'))!;
    expect(href).toMatch(/^mailto:\?bcc=/);
    expect(decodeURIComponent(href)).toContain('ana@example.org,bea@example.org,dana@example.org');
    expect(href).not.toContain('quinn');
    expect(href).not.toContain('tess');
    await screenshotsAtEachSize(page, 'reach-mailto-batches', () => batch.scrollIntoViewIfNeeded());

    await dialog.getByText('For the group chat').click();
    await dialog.getByLabel('What to bring').fill('bubbles and a blanket');
    const text = dialog.getByLabel('Group-chat text');
    await expect.poll(() => text.inputValue()).toContain('Bring: bubbles and a blanket');
    await dialog.getByRole('button', { name: 'Copy text' }).click();
    await dialog.getByText('Copied the group-chat text.').waitFor();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toContain('Toddler morning');
    expect(copied).toContain('Maple Park');
    expect(copied).toContain('Bring: bubbles and a blanket');
    await screenshotsAtEachSize(page, 'reach-group-chat');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('dialog', { name: 'Toddler morning' }).getByRole('button', { name: 'Done' }).click();
  });

  it('refuses {frist name} under the field, and saves a good edit that the next preview uses', async () => {
    await page.getByRole('link', { name: 'Messages' }).click();
    await page.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Reminder' }).click();
    const editor = page.getByRole('form', { name: 'Edit the reminder' });
    const body = editor.getByLabel('Message');
    await expect.poll(() => body.inputValue()).toContain('A quick reminder');
    await page.getByLabel('For the session').selectOption({ index: 1 });
    await page.getByLabel('And the family').selectOption({ label: 'Dana Reyes' });
    const preview = page.getByRole('figure', { name: 'Preview of the message' });
    await preview.getByText(/Bring water, a snack and sun hats for Ivy and Max/).waitFor();

    await body.fill('Hi {frist name}, see you at {park}!');
    await editor.getByRole('button', { name: 'Save' }).click();
    const refusal = editor.getByText(/The message has a placeholder Village does not know: \{frist name\}/);
    await refusal.waitFor();
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    await screenshotsAtEachSize(page, 'reach-template-refused');

    // The placeholder buttons put {first name} where the cursor is.
    await body.fill('Hi , see you at {park} with {kids}!');
    await body.focus();
    await body.evaluate((element) =>
      (element as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(3, 3),
    );
    await editor.getByRole('button', { name: '{first name}' }).click();
    await expect.poll(() => body.inputValue()).toBe('Hi {first name}, see you at {park} with {kids}!');
    await preview.getByText('Hi Dana, see you at Maple Park with Ivy and Max!').waitFor();
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByRole('status').getByText('Saved the reminder.').waitFor();
    await page.getByRole('button', { name: /Reminder\s*edited/ }).waitFor();
    await screenshotsAtEachSize(page, 'reach-template-saved');

    const saved = (await callApi(app.launchUrl, 'templates.preview', {
      kind: 'reminder',
      sessionId: seeded.sessionId,
      familyId: seeded.families['Ana Lima'],
    })) as { body: string };
    expect(saved.body).toBe('Hi Ana, see you at Maple Park with Leo!');

    await editor.getByRole('button', { name: 'Back to Village’s text' }).click();
    await editor.getByRole('status').getByText("The reminder is Village's text again.").waitFor();
    await expect.poll(() => body.inputValue()).toContain('A quick reminder');
  });

  it('sends "we miss you" from the not-seen list to the chosen families', async () => {
    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByRole('button', { name: 'We miss you…' }).click();
    const dialog = page.getByRole('dialog', { name: 'We miss you' });
    await dialog.getByRole('checkbox', { name: /Ana Lima/ }).uncheck();
    // Village's text speaks of the next meetup: without one chosen, it says which placeholders need it.
    await dialog
      .getByRole('alert')
      .getByText(
        /This message uses \{session\}, \{date\}, \{time\}, \{park\}, \{map link\}, which only a session can fill/,
      )
      .waitFor();
    await dialog.getByLabel('The next meetup to mention').selectOption({ index: 1 });
    const preview = dialog.getByRole('figure', { name: 'Preview of the message' });
    await preview.getByText(/We haven't seen you and Ivy and Max in a while/).waitFor();
    await preview.getByText(/The next meetup is Toddler morning on/).waitFor();
    await screenshotsAtEachSize(page, 'reach-we-miss-you');

    const summary = dialog.getByRole('list', { name: 'Who hears how' });
    await expect.poll(() => summary.textContent()).toContain('1 family by email');
    expect(await summary.textContent()).toContain('1 family prefers a text, so no email: Tess Text');
    await dialog.getByRole('button', { name: 'Queue for 1 family' }).click();
    await dialog
      .getByText(
        'Queued for 1 family — send them now, or later from the Outbox. 1 family prefers a text: give them the group-chat text.',
      )
      .waitFor();
    await screenshotsAtEachSize(page, 'reach-we-miss-you-queued', () =>
      dialog.getByRole('button', { name: 'Close' }).scrollIntoViewIfNeeded(),
    );
    const outbox = (await callApi(app.launchUrl, 'outbox.list', {})) as OutboxEntry[];
    expect(
      outbox.filter((entry) => entry.kind === 'we-miss-you').map((entry) => [entry.parentName, entry.sessionId]),
    ).toEqual([['Dana Reyes', seeded.sessionId]]);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('emails an introduction from Connections to both families, who both agreed to share', async () => {
    await page.getByRole('link', { name: 'Connections' }).click();
    const section = page.getByRole('region', { name: 'Not yet connected' });
    const zoe = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Zoe Quinn' }) });
    // Ruth gave no kids or neighborhood, so her match says only how often she came.
    await zoe.getByLabel('Introduce Zoe Quinn to').selectOption({ label: 'Ruth Adams · 0 visits' });
    await zoe.getByRole('button', { name: 'Email the introduction…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Introduce Zoe Quinn and Ruth Adams' });
    await dialog.getByLabel('A meetup where they could meet').selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Queue for 2 families' }).click();
    await dialog.getByText('Queued for 2 families — send them now, or later from the Outbox.').waitFor();
    await screenshotsAtEachSize(page, 'reach-introduction-queued');
    const outbox = (await callApi(app.launchUrl, 'outbox.list', {})) as OutboxEntry[];
    expect(
      outbox
        .filter((entry) => entry.kind === 'introduction')
        .map((entry) => entry.parentName)
        .sort(),
    ).toEqual(['Ruth Adams', 'Zoe Quinn']);
    expect(
      await callApi(app.launchUrl, 'connections.introductions', { familyId: seeded.families['Ruth Adams'] }),
    ).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});
