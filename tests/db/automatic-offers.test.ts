/**
 * The waitlist running by itself, on a real database with a fake clock: a going family stepping back from
 * a full session offers the place to the family waiting longest in the same write, with their message
 * queued through the mail account kept in settings; the scheduled sweep expires missed offers and moves on.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { AutomaticOffers } from '../../electron/core/reach/automatic-offers';
import { SettingsRepository } from '../../electron/core/settings/settings-repository';
import { tempDbPath } from '../support/temp-db';
import { TEST_MAIL_ACCOUNT as ACCOUNT } from '../support/test-mail-account';

function setup() {
  const db = openDatabase(tempDbPath());
  const sessionId = Number(
    db
      .prepare(
        "INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, capacity, created_at, updated_at) VALUES ('auto@village', 'Toddler morning', '2030-05-04', '10:00', '11:30', 'America/New_York', 1, 'now', 'now')",
      )
      .run().lastInsertRowid,
  );
  const family = (name: string, email: string, status: string, respondedAt: string) => {
    const id = Number(
      db
        .prepare("INSERT INTO families (parent_name, email, created_at, updated_at) VALUES (?, ?, 'now', 'now')")
        .run(name, email).lastInsertRowid,
    );
    db.prepare(
      'INSERT INTO rsvps (session_id, family_id, status, responded_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(sessionId, id, status, respondedAt, respondedAt, respondedAt);
    return id;
  };
  const pat = family('Pat Going', 'pat@example.org', 'going', '2030-04-01T10:00:00Z');
  const second = family('Sam Second', 'sam@example.org', 'waitlisted', '2030-04-03T10:00:00Z');
  const first = family('Fay First', 'fay@example.org', 'waitlisted', '2030-04-02T10:00:00Z');
  return { db, sessionId, pat, first, second, automatic: new AutomaticOffers(db) };
}

type Db = ReturnType<typeof setup>['db'];
const offerMessages = (db: Db) =>
  db
    .prepare(
      `SELECT r.email, r.status FROM outbox_recipients r JOIN outbox_messages m ON m.id = r.message_id
       WHERE m.kind = 'waitlist-offer' ORDER BY r.id`,
    )
    .all();
const offers = (db: Db) =>
  db.prepare('SELECT family_id AS familyId, status, deadline FROM waitlist_offers ORDER BY id').all();

describe('automatic waitlist offers', () => {
  it.each([['declined'], ['maybe']] as const)(
    'a going family answering %s on a full session offers the place to the family waiting longest, message queued',
    (answer) => {
      const { db, sessionId, pat, first, automatic } = setup();
      new SettingsRepository(db).set({ mailAccount: ACCOUNT });
      const rsvp = automatic.answer(sessionId, pat, answer, new Date('2030-04-20T12:00:00Z'));
      expect(rsvp.status).toBe(answer);
      expect(offers(db)).toEqual([{ familyId: first, status: 'open', deadline: '2030-05-04T00:00:00.000Z' }]);
      expect(offerMessages(db)).toEqual([{ email: 'fay@example.org', status: 'queued' }]);
    },
  );

  it('offers nothing when the family was not going, or stays going', () => {
    const { db, sessionId, pat, second, automatic } = setup();
    automatic.answer(sessionId, second, 'declined', new Date('2030-04-20T12:00:00Z'));
    automatic.answer(sessionId, pat, 'going', new Date('2030-04-20T12:00:00Z'));
    expect(offers(db)).toEqual([]);
  });

  it('makes the offer without a message when no mail account is set up yet', () => {
    const { db, sessionId, pat, first, automatic } = setup();
    automatic.answer(sessionId, pat, 'declined', new Date('2030-04-20T12:00:00Z'));
    expect(offers(db)).toEqual([expect.objectContaining({ familyId: first, status: 'open' })]);
    expect(offerMessages(db)).toEqual([]);
  });

  it('a waitlist-offer template Village cannot fill does not undo the answer: the offer stands, unmessaged', () => {
    const { db, sessionId, pat, first, automatic } = setup();
    new SettingsRepository(db).set({ mailAccount: ACCOUNT });
    // Written straight into the table: templates.save refuses an unknown placeholder.
    db.prepare(
      "INSERT INTO message_templates (kind, subject, body, updated_at) VALUES ('waitlist-offer', 'A spot, {frist name}', 'Hi', 'now')",
    ).run();
    expect(automatic.answer(sessionId, pat, 'declined', new Date('2030-04-20T12:00:00Z')).status).toBe('declined');
    expect(offers(db)).toEqual([expect.objectContaining({ familyId: first, status: 'open' })]);
    expect(offerMessages(db)).toEqual([]);
  });

  it('the answer and the offer are one write: an offer that cannot be recorded leaves the answer unchanged', () => {
    const { db, sessionId, pat, automatic } = setup();
    db.exec("CREATE TRIGGER refuse_offers BEFORE INSERT ON waitlist_offers BEGIN SELECT RAISE(ABORT, 'refused'); END");
    expect(() => automatic.answer(sessionId, pat, 'declined', new Date('2030-04-20T12:00:00Z'))).toThrow('refused');
    expect(db.prepare('SELECT status FROM rsvps WHERE family_id = ?').pluck().get(pat)).toBe('going');
  });

  it('the sweep expires a missed offer, offers the place to the next family and queues their message', () => {
    const { db, sessionId, pat, first, second, automatic } = setup();
    new SettingsRepository(db).set({ mailAccount: ACCOUNT });
    automatic.answer(sessionId, pat, 'declined', new Date('2030-04-20T12:00:00Z'));
    // Before the deadline the sweep changes nothing.
    expect(automatic.sweep(new Date('2030-05-03T23:59:00Z'))).toEqual({ expired: 0, offered: [] });
    const swept = automatic.sweep(new Date('2030-05-04T00:30:00Z'));
    expect(swept.expired).toBe(1);
    expect(swept.offered).toEqual([expect.objectContaining({ familyId: second, status: 'open' })]);
    expect(offers(db)).toEqual([
      { familyId: first, status: 'expired', deadline: '2030-05-04T00:00:00.000Z' },
      { familyId: second, status: 'open', deadline: '2030-05-04T13:00:00.000Z' },
    ]);
    expect(offerMessages(db)).toEqual([
      { email: 'fay@example.org', status: 'queued' },
      { email: 'sam@example.org', status: 'queued' },
    ]);
  });
});
