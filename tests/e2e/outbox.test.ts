import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/api/methods/settings';
import type { Rsvp } from '../../shared/domain/sessions/session';
import { callApi } from '../support/api-over-http';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { toddlerMorning } from '../support/reach-session';
import { gmailReply } from '../support/calendar-replies';
import { deliver, dovecotMissing, startDovecot, type Dovecot } from '../support/dovecot';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { screenshotsAtEachSize } from '../support/viewports';

/**
 * Sending from the Outbox page, in real Chromium against browser mode and a real SMTP server started
 * here: she sets up her account, presses "Send now", types her password once, sees the progress and
 * what went; a refused address is listed with the server's reason and "Retry" sends it once fixed; the
 * family's detail shows what was sent to them.
 */
const USER = 'maya@example.org';
const PASSWORD = 'app-password-1234';

describe.skipIf(!chromiumAvailable)('the Outbox page (Chromium, real SMTP server)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let sink: SmtpSink;
  let dovecot: Dovecot | null = null;
  const noDovecot = dovecotMissing();
  const refused = ['gone@example.org'];
  const errors: string[] = [];
  let sessionId = 0;

  beforeAll(async () => {
    // Each message takes a moment to be accepted, as a real provider's does: the progress is seen.
    sink = await startSmtpSink({
      user: USER,
      password: PASSWORD,
      refuse: refused,
      beforeAccept: () => new Promise((resolve) => setTimeout(resolve, 400)),
    });
    if (!noDovecot) dovecot = await startDovecot();
    app = await startBrowserMode();
    const park = (await callApi(app.launchUrl, 'parks.create', { name: 'Maple Park' })) as { id: number };
    const session = (await callApi(app.launchUrl, 'sessions.create', toddlerMorning(park.id))) as { id: number };
    sessionId = session.id;
    const familyIds: number[] = [];
    for (const [parentName, email] of [
      ['Ana Ruiz', 'ana@example.org'],
      ['Bea Stone', 'bea@example.org'],
      ['Cleo Gone', 'gone@example.org'],
      ['Dee Park', 'dee@example.org'],
    ]) {
      const family = (await callApi(app.launchUrl, 'families.create', { parentName, email, kids: [] })) as {
        id: number;
      };
      familyIds.push(family.id);
    }
    await callApi(app.launchUrl, 'rsvps.invite', { sessionId, familyIds });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.launchUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await sink?.close();
    await dovecot?.stop();
  });

  it('says what the Outbox is for, and sets up the mail account with the API’s own messages', async () => {
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByText('Set up your mail account to send').waitFor();
    await page.getByText(/Invitations, reminders and notes wait here until they go/).waitFor();
    await screenshotsAtEachSize(page, 'outbox-empty');
    await page.getByRole('button', { name: 'Set up your mail account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mail account' });
    // A provider fills in its servers and limit, and says where to make the app password it wants.
    await dialog.getByLabel('Your mail provider').selectOption('outlook');
    await dialog.getByText(/Make an app password under Security › Advanced security options/).waitFor();
    expect(await dialog.getByLabel('Messages a day at most').inputValue()).toBe('300');
    await screenshot(page, 'outbox-account-preset');
    await dialog.getByLabel('Your mail provider').selectOption('other');
    await dialog.getByLabel('Your email address').fill(USER);
    await dialog.getByLabel('Login', { exact: true }).fill(USER);
    await dialog.getByLabel('Sending server (SMTP)').fill('127.0.0.1');
    await dialog.getByLabel('Sending port').fill('many');
    await dialog.getByLabel('Sending encryption').selectOption('none');
    await dialog.getByLabel('Messages a day at most').fill('');
    await dialog.getByLabel(/Read families’ Yes/).uncheck();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('The port must be a number.').waitFor();
    await screenshot(page, 'outbox-account-error');
    await dialog.getByLabel('Sending port').fill(String(sink.port));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText(`Saved your mail account (${USER}).`).waitFor();
    await page.getByText(`Sending from ${USER} through 127.0.0.1.`).waitFor();
    await page.getByText('Nothing in the outbox yet').waitFor();
    const settings = (await callApi(app.launchUrl, 'settings.get', {})) as Settings;
    expect(settings.mailAccount).toEqual({
      host: '127.0.0.1',
      port: sink.port,
      tls: 'none',
      user: USER,
      from: USER,
      perDay: null,
    });
    expect(settings.mailImap).toBeNull();
  });

  it('sends one message per family with progress, lists the refused one, and retries it', async () => {
    const { mailAccount } = (await callApi(app.launchUrl, 'settings.get', {})) as Settings;
    await callApi(app.launchUrl, 'outbox.queue', {
      sessionId,
      kind: 'invitation',
      audience: 'all',
      account: mailAccount,
    });
    await page.getByRole('link', { name: 'Families' }).click();
    await page.getByRole('link', { name: 'Outbox' }).click();
    // Each message can go on its own too, from its row.
    await page.getByText(/^Invitation · Toddler morning/).click();
    await page.getByRole('button', { name: 'Send 4 waiting messages now' }).waitFor();
    await page.getByText(/^Invitation · Toddler morning/).click();
    await page.getByRole('button', { name: 'Send now (4)' }).click();

    const ask = page.getByRole('dialog', { name: 'Your mail password' });
    await ask.getByText(USER).waitFor();
    await screenshot(page, 'outbox-password');
    await ask.getByLabel('Password').fill(PASSWORD);
    await ask.getByRole('button', { name: 'Go on' }).click();

    const bar = page.getByRole('progressbar', { name: /^Sending \d of 4 messages…$/ });
    await bar.waitFor({ timeout: 20_000 });
    await screenshot(page, 'outbox-sending');
    await page.getByText('Sent 3 of 4 messages.').waitFor({ timeout: 30_000 });
    expect(sink.received.map((mail) => mail.to.join()).sort()).toEqual([
      'ana@example.org',
      'bea@example.org',
      'dee@example.org',
    ]);

    const notSent = page.getByRole('region', { name: /Not sent/ });
    await notSent.getByText('Cleo Gone').waitFor();
    await notSent
      .getByText(/gone@example\.org/)
      .first()
      .waitFor();
    await page.getByText('1 not sent').waitFor();
    await screenshotsAtEachSize(page, 'outbox-result');

    // The address is fixed on the server's side; Retry goes without asking for the password again.
    refused.length = 0;
    await notSent.getByRole('button', { name: 'Retry Cleo Gone' }).click();
    await page.getByText('Sent 1 of 1 message.').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('dialog', { name: 'Your mail password' }).count()).toBe(0);
    expect(sink.received.filter((mail) => mail.to.includes('gone@example.org'))).toHaveLength(1);
    expect(sink.received).toHaveLength(4);
    await expect(page.getByRole('region', { name: /Not sent/ }).count()).resolves.toBe(0);

    await page.getByText(/^Invitation · Toddler morning/).click();
    await page.getByRole('cell', { name: 'Cleo Gone' }).waitFor();
    await screenshotsAtEachSize(page, 'outbox-expanded');
  });

  it('shows on the family what was sent to them', async () => {
    await page.getByRole('link', { name: 'Families' }).click();
    await page.getByRole('button', { name: 'Edit Ana Ruiz' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Ana Ruiz' });
    const messages = dialog.getByRole('region', { name: 'Messages' });
    await messages.getByText(/^Invitation: .* — Sent /).waitFor();
    await messages.scrollIntoViewIfNeeded();
    await screenshot(page, 'family-messages');
    expect(errors).toEqual([]);
  });

  it('forgets the password when she asks', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('button', { name: 'Mail account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mail account' });
    await dialog.getByRole('button', { name: 'Forget my password' }).click();
    await dialog.getByRole('button', { name: 'Forget my password' }).waitFor({ state: 'detached' });
    expect(await callApi(app.launchUrl, 'mail.passwordStatus', { user: USER })).toEqual({
      known: false,
      canRemember: false,
    });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(errors).toEqual([]);
  });

  it.skipIf(noDovecot !== null)(
    'checks replies from the mailbox into RSVPs and lists what it could not match',
    async () => {
      const { uid } = (await callApi(app.launchUrl, 'sessions.get', { id: sessionId })) as { uid: string };
      await deliver(dovecot!, [
        { raw: gmailReply('ana@example.org', 'Ana Ruiz', 'ACCEPTED', 'CAF-ana-1', uid) },
        { raw: gmailReply('stranger@example.org', 'Stranger', 'ACCEPTED', 'CAF-x-1', uid) },
      ]);
      await page.getByRole('button', { name: 'Mail account…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mail account' });
      await dialog.getByLabel(/Read families’ Yes/).check();
      await dialog.getByLabel('Incoming server (IMAP)').fill('127.0.0.1');
      await dialog.getByLabel('Incoming port').fill(String(dovecot!.port));
      await dialog.getByLabel('Incoming encryption').selectOption('none');
      await dialog.getByLabel('Mailbox login').fill(dovecot!.user);
      await screenshot(page, 'outbox-account-replies');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').getByText(`Saved your mail account (${USER}).`).waitFor();

      await page.getByRole('button', { name: 'Check replies' }).click();
      const ask = page.getByRole('dialog', { name: 'Your mail password' });
      await ask.getByText(dovecot!.user).waitFor();
      await ask.getByLabel('Password').fill(dovecot!.password);
      await ask.getByRole('button', { name: 'Go on' }).click();
      const replies = page.getByLabel('Replies');
      await replies.getByText('Read 2 new replies: 1 RSVP changed.').waitFor({ timeout: 30_000 });
      await replies.getByText('Ana Ruiz: Going').waitFor();
      await replies.getByText(/stranger@example\.org/).waitFor();
      await screenshotsAtEachSize(page, 'outbox-replies');
      const rsvps = (await callApi(app.launchUrl, 'rsvps.list', { sessionId })) as Rsvp[];
      expect(rsvps.find((rsvp) => rsvp.parentName === 'Ana Ruiz')?.status).toBe('going');
      expect(errors).toEqual([]);
    },
  );

  it('says when the daily limit holds the rest back, and when they may go', async () => {
    const { mailAccount } = (await callApi(app.launchUrl, 'settings.get', {})) as Settings;
    await callApi(app.launchUrl, 'outbox.queue', {
      sessionId,
      kind: 'reminder',
      audience: 'all',
      account: { ...mailAccount!, perDay: 2 },
    });
    await page.getByRole('link', { name: 'Families' }).click();
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('button', { name: 'Send now (4)' }).click();
    const ask = page.getByRole('dialog', { name: 'Your mail password' });
    await ask.getByLabel('Password').fill(PASSWORD);
    await ask.getByRole('button', { name: 'Go on' }).click();
    await page
      .getByText(/^Your provider’s daily limit is reached: the rest \(4\) can go from /)
      .waitFor({ timeout: 30_000 });
    await page.getByText('4 held').waitFor();
    await screenshotsAtEachSize(page, 'outbox-held');
    expect(sink.received).toHaveLength(4);
    expect(errors).toEqual([]);
  });
});
