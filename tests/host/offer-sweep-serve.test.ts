/**
 * Browser mode sweeps the waitlist by itself: a database holding an offer whose deadline passed while
 * Village was closed is served, and without anyone asking, the offer has expired and the place has gone
 * to the next family (their message queued through the mail account kept in settings).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { WaitlistOffer } from '../../shared/domain/reach/offer-deadline';
import type { OutboxEntry } from '../../shared/domain/reach/outbox';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { callApi } from '../support/api-over-http';
import { startBrowserMode, type RunningApp } from '../support/browser-mode';
import { openCore } from '../support/core-calls';
import { TEST_MAIL_ACCOUNT } from '../support/test-mail-account';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('the waitlist sweep in browser mode', () => {
  it('expires a missed offer at start and offers the place to the next family', async () => {
    const { db, call } = openCore();
    const sessionId = call('sessions.create', {
      title: 'Toddler morning',
      date: formatIsoDate(addDays(parseIsoDate(localToday())!, 3)),
      startTime: '10:00',
      endTime: '11:30',
      timeZone: 'UTC',
      capacity: 1,
    }).id;
    const family = (name: string) =>
      call('families.create', { parentName: name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` }).id;
    const pat = family('Pat Going');
    for (const id of [pat, family('Fay First'), family('Sam Second')])
      call('rsvps.set', { sessionId, familyId: id, status: 'going' });
    call('settings.set', { mailAccount: TEST_MAIL_ACCOUNT });
    call('rsvps.set', { sessionId, familyId: pat, status: 'declined' });
    // Fay's offer ran out an hour ago, while Village was closed.
    db.prepare("UPDATE waitlist_offers SET deadline = ? WHERE status = 'open'").run(
      new Date(Date.now() - 3_600_000).toISOString(),
    );
    const databasePath = db.name;
    db.close();
    app = await startBrowserMode(databasePath);
    const offers = (await callApi(app.launchUrl, 'waitlist.offers', { sessionId })) as WaitlistOffer[];
    expect(offers.map((offer) => [offer.parentName, offer.status])).toEqual([
      ['Fay First', 'expired'],
      ['Sam Second', 'open'],
    ]);
    const outbox = (await callApi(app.launchUrl, 'outbox.list', {})) as OutboxEntry[];
    expect(
      outbox
        .filter((entry) => entry.kind === 'waitlist-offer')
        .map((entry) => entry.parentName)
        .sort(),
    ).toEqual(['Fay First', 'Sam Second']);
  });
});
