/**
 * Rain-out in one step through the one dispatch: the session is moved or cancelled and marked rained out,
 * and with `notify` the change notice is queued in the same write for going, maybe and waitlisted families
 * (never invited or declined ones), through the mail account kept in settings, with the calendar entry's same UID
 * and a raised SEQUENCE (or METHOD:CANCEL). With no account yet, nothing is queued and the group-chat text
 * is there to paste.
 */
import { describe, expect, it } from 'vitest';
import { openCore } from '../support/core-calls';
import { TEST_MAIL_ACCOUNT as ACCOUNT } from '../support/test-mail-account';

function setup() {
  const { db, dispatch, call } = openCore();
  const park = call('parks.create', { name: 'Maple Park' });
  const session = call('sessions.create', {
    title: 'Toddler morning',
    parkId: park.id,
    date: '2030-05-04',
    startTime: '10:00',
    endTime: '11:30',
    timeZone: 'America/New_York',
    capacity: 2,
  });
  const families: Record<string, number> = {};
  for (const [name, status] of [
    ['Gina Going', 'going'],
    ['Mo Maybe', 'maybe'],
    ['Ida Invited', 'invited'],
    ['Dee Declined', 'declined'],
    ['Greta Going', 'going'],
    ['Wes Waitlisted', 'going'],
  ] as const) {
    const id = call('families.create', {
      parentName: name,
      email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
    }).id;
    call('rsvps.set', { sessionId: session.id, familyId: id, status });
    families[name] = id;
  }
  return { db, dispatch, call, sessionId: session.id, families };
}

type Db = ReturnType<typeof setup>['db'];
const queued = (db: Db, kind: string) =>
  db
    .prepare(
      `SELECT r.email, r.ics FROM outbox_recipients r JOIN outbox_messages m ON m.id = r.message_id
       WHERE m.kind = ? ORDER BY r.email`,
    )
    .all(kind) as { email: string; ics: string | null }[];

describe('rain-out with its notice', () => {
  it('moves the session to another time, marks it rained out and queues the change for going, maybe and waitlisted', () => {
    const { db, call, sessionId } = setup();
    call('settings.set', { mailAccount: ACCOUNT });
    const before = call('sessions.get', { id: sessionId });
    const result = call('sessions.rainout', {
      id: sessionId,
      action: { kind: 'move-to-time', startTime: '15:00' },
      notify: true,
    });
    expect(result.session).toMatchObject({ status: 'scheduled', startTime: '15:00', endTime: '16:30' });
    expect(result.session.rainedOutAt).not.toBeNull();
    expect(result.template).toBe('change');
    expect(result.notice).toMatchObject({ queued: 4, failed: [], preferText: [] });
    const changes = queued(db, 'change');
    expect(changes.map((row) => row.email)).toEqual([
      'gina@example.org',
      'greta@example.org',
      'mo@example.org',
      'wes@example.org',
    ]);
    for (const { ics } of changes) {
      expect(ics).toContain(`UID:${before.uid}`);
      expect(ics).toContain(`SEQUENCE:${before.sequence + 1}`);
      expect(ics).toContain('DTSTART;TZID=America/New_York:20300504T150000');
    }
    expect(result.groupChatText).toContain('15:00–16:30');
  });

  it('cancels: the cancellation goes with METHOD:CANCEL, same UID', () => {
    const { db, call, sessionId } = setup();
    call('settings.set', { mailAccount: ACCOUNT });
    const uid = call('sessions.get', { id: sessionId }).uid;
    const result = call('sessions.rainout', { id: sessionId, action: { kind: 'cancel' }, notify: true });
    expect(result.session.status).toBe('cancelled');
    expect(result.template).toBe('cancellation');
    const cancellations = queued(db, 'cancellation');
    expect(cancellations).toHaveLength(4);
    for (const { ics } of cancellations) {
      expect(ics).toContain('METHOD:CANCEL');
      expect(ics).toContain(`UID:${uid}`);
    }
  });

  it('with no mail account set up yet, queues nothing and gives the group-chat text', () => {
    const { db, call, sessionId } = setup();
    const result = call('sessions.rainout', { id: sessionId, action: { kind: 'cancel' }, notify: true });
    expect(result.notice).toBeNull();
    expect(result.groupChatText).toMatch(/cancel/i);
    expect(queued(db, 'cancellation')).toEqual([]);
    expect(result.session.rainedOutAt).not.toBeNull();
  });

  it('goes through the mail account kept in settings, not the last one a message went through', () => {
    const { db, call, sessionId } = setup();
    // A send from the command line went through its own --smtp account; nothing is set up in Village.
    const cli = { ...ACCOUNT, host: 'smtp.example.net', from: 'cli@example.org' };
    call('outbox.queue', { sessionId, kind: 'invitation', audience: 'going', account: cli });
    expect(call('sessions.rainout', { id: sessionId, action: { kind: 'cancel' }, notify: true }).notice).toBeNull();

    const { sessionId: other, db: otherDb, call: otherCall } = setup();
    otherCall('outbox.queue', { sessionId: other, kind: 'invitation', audience: 'going', account: cli });
    otherCall('settings.set', { mailAccount: ACCOUNT });
    otherCall('sessions.rainout', { id: other, action: { kind: 'cancel' }, notify: true });
    const froms = otherDb
      .prepare("SELECT DISTINCT from_address, smtp_host FROM outbox_messages WHERE kind = 'cancellation'")
      .all();
    expect(froms).toEqual([{ from_address: ACCOUNT.from, smtp_host: ACCOUNT.host }]);
    expect(queued(db, 'cancellation')).toEqual([]);
  });

  it('a refused rain-out queues nothing', () => {
    const { db, dispatch, call, sessionId } = setup();
    call('settings.set', { mailAccount: ACCOUNT });
    const refused = dispatch('sessions.rainout', {
      id: sessionId,
      action: { kind: 'move-to-time', startTime: '10:00' },
      notify: true,
    });
    expect(refused).toMatchObject({ ok: false, error: { message: 'The session starts at 10:00 already.' } });
    expect(queued(db, 'change')).toEqual([]);
  });
});
