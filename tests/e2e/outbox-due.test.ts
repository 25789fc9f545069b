import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/**
 * The Outbox's "due" line, in real Chromium against browser mode and a real SMTP server: a reminder
 * whose time has come and an automatic waitlist offer would go out by themselves, but Village has not
 * been given the password in this run, so nothing went and the page says what is due; "Send now" asks
 * for the password once and sends them.
 */
const USER = 'maya@example.org';
const PASSWORD = 'app-password-due-1';

describe.skipIf(!chromiumAvailable)('the Outbox says what is due (Chromium, real SMTP server)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let sink: SmtpSink;
  let sessionId = 0;

  beforeAll(async () => {
    sink = await startSmtpSink({ user: USER, password: PASSWORD });
    app = await startBrowserMode();
    const api = (method: string, params: unknown) => callApi(app.launchUrl, method, params);
    const account = { host: '127.0.0.1', port: sink.port, tls: 'none', user: USER, from: USER, perDay: null };
    await api('settings.set', { mailAccount: account });
    const park = (await api('parks.create', { name: 'Maple Park' })) as { id: number };
    const session = (await api('sessions.create', { ...toddlerMorning(park.id), capacity: 1 })) as { id: number };
    sessionId = session.id;
    const familyIds: number[] = [];
    for (const [parentName, email] of [
      ['Ana Ruiz', 'ana@example.org'],
      ['Bea Stone', 'bea@example.org'],
    ]) {
      const family = (await api('families.create', { parentName, email, kids: [] })) as { id: number };
      familyIds.push(family.id);
      await api('rsvps.set', { sessionId: session.id, familyId: family.id, status: 'going' });
    }
    // A reminder scheduled a moment from now, and Ana stepping back (Bea is offered her place).
    await api('outbox.queue', {
      sessionId: session.id,
      kind: 'reminder',
      audience: 'going',
      account,
      sendAt: new Date(Date.now() + 1000).toISOString(),
    });
    await api('rsvps.set', { sessionId: session.id, familyId: familyIds[0], status: 'declined' });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The page reads the outbox again each minute: its clock is ours to move forward.
    await page.clock.install();
    await page.goto(app.launchUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await sink?.close();
  });

  it('lists the due messages without a password, and sends them with "Send now"', async () => {
    // The sidebar's Outbox entry counts them from any page.
    await page.getByRole('link', { name: 'Outbox 2 due' }).click();
    const line = page.getByRole('status').filter({ hasText: 'messages are due' });
    await line.getByText('2 messages are due (a reminder, a waitlist offer)').waitFor();
    await screenshot(page, 'outbox-due');
    expect(sink.received).toHaveLength(0);

    await line.getByRole('button', { name: 'Send now' }).click();
    const ask = page.getByRole('dialog');
    await ask.getByLabel('Password').fill(PASSWORD);
    await ask.getByRole('button', { name: 'Go on' }).click();
    await page.getByText('Sent 2 of 2 messages.').waitFor();
    await line.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Outbox', exact: true }).waitFor();
    await screenshot(page, 'outbox-due-sent');
    expect(
      sink.received
        .map((mail) => mail.to.join())
        .flat()
        .sort(),
    ).toEqual(['ana@example.org', 'bea@example.org']);
  });

  it('shows what went out in the background without leaving the page', async () => {
    // The host holds the password now; a reminder due at once goes through the same route the schedule uses.
    const queued = (await callApi(app.launchUrl, 'outbox.queue', {
      sessionId,
      kind: 'reminder',
      audience: 'all',
      sendAt: new Date(Date.now() + 300).toISOString(),
    })) as { messageId: number };
    await new Promise((resolve) => setTimeout(resolve, 400));
    await callApi(app.launchUrl, 'outbox.send', { messageIds: [queued.messageId] });
    expect(sink.received).toHaveLength(3);
    await page.clock.fastForward('01:05');
    await page.getByText('1 sent').nth(2).waitFor();
    expect(await page.getByText('waiting').count()).toBe(0);
    await page.getByRole('link', { name: 'Outbox', exact: true }).waitFor();
    await screenshot(page, 'outbox-due-background');
  });
});
