/**
 * "Send now" where the message was written (issue 13), in real Chromium against browser mode and a real
 * SMTP server started here: the account kept in settings (the Outbox's), Message families… → queue →
 * Send now → her password once → the same progress as the Outbox → one message per emailable family
 * reached the server, and the dialog says what went and what could not, with the server's reason.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../shared/domain/reach/outbox';
import { callApi } from '../support/api-over-http';
import {
  chromiumAvailable,
  launchChromium,
  screenshot,
  startBrowserMode,
  type RunningApp,
} from '../support/browser-mode';
import { toddlerMorning } from '../support/reach-session';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { screenshotsAtEachSize } from '../support/viewports';

const USER = 'maya@example.org';
const PASSWORD = 'app-password-1234';

describe.skipIf(!chromiumAvailable)('Send now from Message families (Chromium, real SMTP server)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let sink: SmtpSink;
  const errors: string[] = [];

  beforeAll(async () => {
    // Each message takes a moment to be accepted, as a real provider's does: the progress is seen.
    sink = await startSmtpSink({
      user: USER,
      password: PASSWORD,
      refuse: ['gone@example.org'],
      beforeAccept: () => new Promise((resolve) => setTimeout(resolve, 400)),
    });
    app = await startBrowserMode();
    const api = <T>(method: string, params: unknown) => callApi(app.launchUrl, method, params) as Promise<T>;
    await api('settings.set', {
      mailAccount: { host: '127.0.0.1', port: sink.port, tls: 'none', user: USER, from: USER, perDay: null },
    });
    const park = await api<{ id: number }>('parks.create', { name: 'Maple Park' });
    const session = await api<{ id: number }>('sessions.create', toddlerMorning(park.id));
    const familyIds: number[] = [];
    for (const [parentName, email, contactPreference] of [
      ['Ana Ruiz', 'ana@example.org', 'email'],
      ['Bea Stone', 'bea@example.org', 'email'],
      ['Cleo Gone', 'gone@example.org', 'email'],
      ['Dee Park', 'dee@example.org', 'email'],
      ['Tess Text', 'tess@example.org', 'text'],
      ['Quinn Quiet', 'quinn@example.org', 'none'],
    ]) {
      const family = await api<{ id: number }>('families.create', { parentName, email, contactPreference, kids: [] });
      familyIds.push(family.id);
    }
    await api('rsvps.invite', { sessionId: session.id, familyIds });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.launchUrl);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await sink?.close();
  });

  it('queues through the stored account, sends right there with progress, and says what went', async () => {
    await page.getByRole('link', { name: 'Sessions' }).click();
    await page
      .getByRole('button', { name: /Toddler morning/ })
      .first()
      .click();
    await page
      .getByRole('dialog', { name: 'Toddler morning' })
      .getByRole('button', { name: 'Message families…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Message families: Toddler morning' });
    await dialog.getByText(`Sending from ${USER} through 127.0.0.1.`).waitFor();
    await dialog.getByRole('button', { name: 'Queue for 4 families' }).click();
    await dialog
      .getByText(
        'Queued for 4 families — send them now, or later from the Outbox. 1 family prefers a text: give them the group-chat text.',
      )
      .waitFor();
    // The way to the Outbox stays beside "Send now".
    await dialog.getByRole('link', { name: 'Outbox' }).waitFor();
    expect(sink.received).toHaveLength(0);
    await dialog.getByRole('button', { name: 'Send now' }).click();

    const ask = page.getByRole('dialog', { name: 'Your mail password' });
    await ask.getByText(USER).waitFor();
    await ask.getByLabel('Password').fill(PASSWORD);
    await ask.getByRole('button', { name: 'Go on' }).click();

    const bar = dialog.getByRole('progressbar', { name: /^Sending \d of 4 messages…$/ });
    await bar.waitFor({ timeout: 20_000 });
    await screenshot(page, 'reach-send-now-sending');
    const outcome = dialog.getByLabel('What was sent');
    await outcome.getByText('Sent 3 of 4 messages.').waitFor({ timeout: 30_000 });
    await outcome.getByText(/gone@example\.org/).waitFor();
    expect(sink.received.map((mail) => mail.to.join()).sort()).toEqual([
      'ana@example.org',
      'bea@example.org',
      'dee@example.org',
    ]);
    expect(sink.received.every((mail) => mail.from === USER)).toBe(true);
    await dialog.getByText('Queued for 4 families — each one is listed in the Outbox.', { exact: false }).waitFor();
    // Sent: nothing to send twice from here.
    expect(await dialog.getByRole('button', { name: 'Send now' }).count()).toBe(0);
    await screenshotsAtEachSize(page, 'reach-send-now-result', () => outcome.scrollIntoViewIfNeeded());

    const outbox = (await callApi(app.launchUrl, 'outbox.list', {})) as OutboxEntry[];
    expect(outbox.map((entry) => [entry.parentName, entry.status]).sort()).toEqual([
      ['Ana Ruiz', 'sent'],
      ['Bea Stone', 'sent'],
      ['Cleo Gone', 'failed'],
      ['Dee Park', 'sent'],
    ]);
    expect(errors).toEqual([]);
  });
});
