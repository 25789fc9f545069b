/**
 * The waitlist's clock, as the hosts run it: a sweep through the real dispatch at start and every five
 * minutes, on a real database, with the clock faked. An offer whose deadline passes while nobody looks
 * expires on the next sweep and the place goes to the next family, their message queued.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFER_SWEEP_EVERY_MS, scheduleOfferSweeps } from '../../electron/core/reach/offer-sweep-schedule';
import { openCore } from '../support/core-calls';
import { TEST_MAIL_ACCOUNT as ACCOUNT } from '../support/test-mail-account';

afterEach(() => {
  vi.useRealTimers();
});

describe('the scheduled waitlist sweep', () => {
  it('sweeps at start and every five minutes: a missed deadline moves the offer to the next family', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2030-04-20T12:00:00Z'));
    const { db, dispatch, call } = openCore();
    const sessionId = call('sessions.create', {
      title: 'Toddler morning',
      date: '2030-05-04',
      startTime: '10:00',
      endTime: '11:30',
      timeZone: 'America/New_York',
      capacity: 1,
    }).id;
    const family = (name: string) =>
      call('families.create', { parentName: name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` }).id;
    const pat = family('Pat Going');
    const fay = family('Fay First');
    const sam = family('Sam Second');
    for (const id of [pat, fay, sam]) call('rsvps.set', { sessionId, familyId: id, status: 'going' });
    call('settings.set', { mailAccount: ACCOUNT }); // the account the offers' messages go through
    call('rsvps.set', { sessionId, familyId: pat, status: 'declined' });
    const offers = () => call('waitlist.offers', { sessionId }).map((offer) => [offer.parentName, offer.status]);
    expect(offers()).toEqual([['Fay First', 'open']]);

    const sweeps: string[] = [];
    const stop = scheduleOfferSweeps(() => {
      sweeps.push(new Date().toISOString());
      dispatch('waitlist.sweep', {});
    });
    expect(sweeps).toHaveLength(1); // at start
    expect(offers()).toEqual([['Fay First', 'open']]);

    // Friday 8 pm in New York passes with nobody looking; the next sweep moves the offer on.
    vi.setSystemTime(new Date('2030-05-04T00:01:00Z'));
    vi.advanceTimersByTime(OFFER_SWEEP_EVERY_MS);
    expect(sweeps).toHaveLength(2);
    expect(offers()).toEqual([
      ['Fay First', 'expired'],
      ['Sam Second', 'open'],
    ]);
    const offerMessages = db
      .prepare(
        `SELECT r.email FROM outbox_recipients r JOIN outbox_messages m ON m.id = r.message_id
         WHERE m.kind = 'waitlist-offer' ORDER BY r.id`,
      )
      .pluck()
      .all();
    expect(offerMessages).toEqual(['fay@example.org', 'sam@example.org']);
    stop();
    vi.advanceTimersByTime(OFFER_SWEEP_EVERY_MS * 3);
    expect(sweeps).toHaveLength(2);
  });
});
