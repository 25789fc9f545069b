/**
 * Waitlist offers on a real database: a freed place goes to the family waiting longest with a deadline
 * of 8 pm the evening before; accepting makes them going; a missed deadline moves the offer on.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { WaitlistOffers } from '../../electron/core/reach/waitlist-offers';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const db = openDatabase(tempDbPath());
  const sessionId = Number(
    db
      .prepare(
        'INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, capacity, ' +
          "created_at, updated_at) VALUES ('offer@village', 'Toddler morning', '2030-05-04', '10:00', '11:30', 'America/New_York', 1, 'now', 'now')",
      )
      .run().lastInsertRowid,
  );
  const family = (name: string, status: string, respondedAt: string) => {
    const id = Number(
      db.prepare("INSERT INTO families (parent_name, created_at, updated_at) VALUES (?, 'now', 'now')").run(name)
        .lastInsertRowid,
    );
    db.prepare(
      'INSERT INTO rsvps (session_id, family_id, status, responded_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(sessionId, id, status, respondedAt, respondedAt, respondedAt);
    return id;
  };
  const pat = family('Pat Going', 'going', '2030-04-01T10:00:00Z');
  const second = family('Sam Second', 'waitlisted', '2030-04-03T10:00:00Z');
  const first = family('Fay First', 'waitlisted', '2030-04-02T10:00:00Z');
  return { db, sessionId, pat, first, second, offers: new WaitlistOffers(db) };
}

const status = (db: ReturnType<typeof setup>['db'], sessionId: number, familyId: number) =>
  db.prepare('SELECT status FROM rsvps WHERE session_id = ? AND family_id = ?').pluck().get(sessionId, familyId);

describe('waitlist offers', () => {
  it('offers nothing while the session is full', () => {
    const { offers, sessionId } = setup();
    expect(offers.offerNext(sessionId, new Date('2030-04-20T12:00:00Z'))).toBeNull();
  });

  it('offers a freed place to the family waiting longest, until 8 pm the evening before; accepting makes them going', () => {
    const { db, offers, sessionId, pat, first } = setup();
    db.prepare("UPDATE rsvps SET status = 'declined' WHERE family_id = ?").run(pat);
    const offer = offers.offerNext(sessionId, new Date('2030-04-20T12:00:00Z'))!;
    expect(offer).toMatchObject({
      familyId: first,
      parentName: 'Fay First',
      status: 'open',
      deadline: '2030-05-04T00:00:00.000Z',
    });
    expect(offers.offerNext(sessionId, new Date('2030-04-20T12:00:00Z'))).toBeNull(); // one open offer at a time
    expect(offers.accept(offer.id, new Date('2030-05-03T20:00:00Z')).status).toBe('accepted');
    expect(status(db, sessionId, first)).toBe('going');
  });

  it('moves the offer to the next family when the deadline passes, and refuses a late yes', () => {
    const { db, offers, sessionId, pat, first, second } = setup();
    db.prepare("UPDATE rsvps SET status = 'declined' WHERE family_id = ?").run(pat);
    const offer = offers.offerNext(sessionId, new Date('2030-04-20T12:00:00Z'))!;
    const swept = offers.sweep(new Date('2030-05-04T00:30:00Z'));
    expect(swept.expired).toBe(1);
    // After the evening deadline, the next offer holds until an hour before the start.
    expect(swept.offered).toEqual([
      expect.objectContaining({ familyId: second, deadline: '2030-05-04T13:00:00.000Z' }),
    ]);
    expect(() => offers.accept(offer.id, new Date('2030-05-04T00:31:00Z'))).toThrow('That offer is expired already.');
    expect(status(db, sessionId, first)).toBe('waitlisted');
    expect(offers.list(sessionId).map((o) => [o.parentName, o.status])).toEqual([
      ['Fay First', 'expired'],
      ['Sam Second', 'open'],
    ]);
  });
});
