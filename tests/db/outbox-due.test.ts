/**
 * Which queued messages are due to go out by themselves, on a real database with the clock faked: a
 * reminder scheduled for tomorrow becomes due when tomorrow comes; a message queued by hand never does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../support/core-calls';
import { village } from '../support/run-cli';
import { TEST_MAIL_ACCOUNT as ACCOUNT } from '../support/test-mail-account';

const TODDLER_MORNING = {
  title: 'Toddler morning',
  date: '2030-05-04',
  startTime: '10:00',
  endTime: '11:30',
  timeZone: 'America/New_York',
} as const;

afterEach(() => {
  vi.useRealTimers();
});

describe('outbox.due', () => {
  it('lists a scheduled reminder once its time has come, never a message queued by hand', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-04-30T12:00:00Z'));
    const { call } = openCore();
    const sessionId = call('sessions.create', TODDLER_MORNING).id;
    const familyIds = ['ana', 'bea'].map(
      (name) => call('families.create', { parentName: name, email: `${name}@example.org` }).id,
    );
    call('rsvps.invite', { sessionId, familyIds });
    const reminder = call('outbox.queue', {
      sessionId,
      kind: 'reminder',
      audience: 'all',
      account: ACCOUNT,
      sendAt: '2030-05-01T13:00:00.000Z',
    });
    call('outbox.queue', { sessionId, kind: 'invitation', audience: 'all', account: ACCOUNT });
    expect(call('outbox.due', {})).toEqual([]);

    vi.setSystemTime(new Date('2030-05-01T12:59:59Z'));
    expect(call('outbox.due', {})).toEqual([]);
    vi.setSystemTime(new Date('2030-05-01T13:00:00Z'));
    expect(call('outbox.due', {})).toEqual([
      { messageId: reminder.messageId, kind: 'reminder', recipients: 2, login: ACCOUNT.user },
    ]);
    vi.setSystemTime(new Date('2030-05-09T09:00:00Z'));
    expect(call('outbox.due', {}).map((message) => message.kind)).toEqual(['reminder']);
  });
});

describe('village outbox due', () => {
  it('says what is due, or that nothing is', async () => {
    const { db, call } = openCore();
    const sessionId = call('sessions.create', TODDLER_MORNING).id;
    const familyId = call('families.create', { parentName: 'Ana', email: 'ana@example.org' }).id;
    call('rsvps.invite', { sessionId, familyIds: [familyId] });
    const file = db.name;
    expect((await village('outbox', 'due', '--db', file)).out).toEqual(['Nothing is due.']);
    call('outbox.queue', {
      sessionId,
      kind: 'reminder',
      audience: 'all',
      account: ACCOUNT,
      sendAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect((await village('outbox', 'due', '--db', file)).out).toEqual(['1 message is due (a reminder)']);
  });
});
