/**
 * Queuing a message to families chosen by hand ("we miss you"), not to a session's list: with a chosen
 * session its placeholders are filled, without one they are refused by name; contact preferences hold.
 */
import { describe, expect, it } from 'vitest';
import { openCore } from '../support/core-calls';

const account = {
  host: '127.0.0.1',
  port: 2525,
  tls: 'none' as const,
  user: '',
  from: 'organizer@example.org',
  perDay: null,
};

function setup() {
  const core = openCore();
  const park = core.call('parks.create', { name: 'Maple Park', mapUrl: 'maps.example.org/maple' });
  const session = core.call('sessions.create', {
    title: 'Toddler morning',
    parkId: park.id,
    date: '2030-05-04',
    startTime: '10:00',
    endTime: '11:30',
    timeZone: 'America/New_York',
  });
  const family = (parentName: string, email: string, contactPreference: 'email' | 'text' | 'none' = 'email') =>
    core.call('families.create', {
      parentName,
      email,
      contactPreference,
      kids: [{ name: 'Leo', birthDate: '2025-01-10', birthPrecision: 'day' }],
    }).id;
  return { ...core, sessionId: session.id, family };
}

describe('a message to chosen families', () => {
  it('queues one row per emailable family, with no session, when the template needs none', () => {
    const { call, db, family } = setup();
    const mia = family('Mia Jones', 'mia@example.org');
    const tess = family('Tess Text', 'tess@example.org', 'text');
    const quinn = family('Quinn Quiet', 'quinn@example.org', 'none');
    const noah = family('Noah NoMail', '');
    call('templates.save', { kind: 'we-miss-you', subject: 'We miss you', body: 'Hi {first name}, hugs to {kids}!' });
    const result = call('outbox.queueFamilies', {
      kind: 'we-miss-you',
      familyIds: [mia, tess, quinn, noah],
      sessionId: null,
      account,
      sendAt: null,
    });
    expect(result).toMatchObject({ queued: 1, preferText: [tess] });
    expect(result.failed).toEqual([
      { familyId: noah, message: 'Noah NoMail has no email address; add one to the family, then retry.' },
    ]);
    const outbox = call('outbox.list', {});
    expect(outbox.map((entry) => [entry.parentName, entry.status, entry.sessionId])).toEqual(
      expect.arrayContaining([
        ['Mia Jones', 'queued', null],
        ['Noah NoMail', 'failed', null],
      ]),
    );
    expect(outbox).toHaveLength(2);
    const body = db.prepare('SELECT body, ics FROM outbox_recipients WHERE family_id = ?').get(mia);
    expect(body).toEqual({ body: 'Hi Mia, hugs to Leo!', ics: null });
    expect(db.prepare('SELECT session_id FROM outbox_messages').pluck().all()).toEqual([null]);
  });

  it('refuses the session placeholders by name when no session is chosen, and fills them from a chosen one', () => {
    const { call, dispatch, db, family, sessionId } = setup();
    const mia = family('Mia Jones', 'mia@example.org');
    const refused = dispatch('outbox.queueFamilies', {
      kind: 'we-miss-you',
      familyIds: [mia],
      sessionId: null,
      account,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        field: 'sessionId',
        message: expect.stringContaining(
          'This message uses {session}, {date}, {time}, {park}, {map link}',
        ) as unknown as string,
      },
    });
    expect(db.prepare('SELECT count(*) FROM outbox_messages').pluck().get()).toBe(0);
    expect(dispatch('templates.preview', { kind: 'we-miss-you', familyId: mia })).toMatchObject({
      ok: false,
      error: { field: 'sessionId' },
    });

    const result = call('outbox.queueFamilies', {
      kind: 'we-miss-you',
      familyIds: [mia],
      sessionId,
      account,
      sendAt: null,
    });
    expect(result.queued).toBe(1);
    const row = db
      .prepare('SELECT r.body, m.session_id FROM outbox_recipients r JOIN outbox_messages m ON m.id = r.message_id')
      .get() as { body: string; session_id: number };
    expect(row.session_id).toBe(sessionId);
    expect(row.body).toContain(
      'The next meetup is Toddler morning on Saturday, May 4, 2030 at 10:00–11:30, at Maple Park.',
    );
    expect(call('templates.preview', { kind: 'we-miss-you', sessionId, familyId: mia }).body).toBe(row.body);
  });

  it('refuses an empty choice of families', () => {
    const { dispatch } = setup();
    expect(dispatch('outbox.queueFamilies', { kind: 'we-miss-you', familyIds: [], account })).toMatchObject({
      ok: false,
      error: { message: 'Choose at least one family to write to.' },
    });
  });
});

describe('a session audience', () => {
  it('lists everyone on the list but those who declined, with how they want to hear', () => {
    const { call, family, sessionId } = setup();
    const mia = family('Mia Jones', 'mia@example.org');
    const quinn = family('Quinn Quiet', 'quinn@example.org', 'none');
    const nora = family('Nora No', 'nora@example.org');
    call('rsvps.invite', { sessionId, familyIds: [mia, quinn, nora] });
    call('rsvps.set', { sessionId, familyId: nora, status: 'declined' });
    call('rsvps.set', { sessionId, familyId: mia, status: 'going' });
    expect(call('reach.audience', { sessionId }).map((one) => [one.parentName, one.status, one.preference])).toEqual([
      ['Mia Jones', 'going', 'email'],
      ['Quinn Quiet', 'invited', 'none'],
    ]);
  });
});

describe('a draft preview', () => {
  it('fills text being edited, and refuses an unknown placeholder in it by name', () => {
    const { call, dispatch, family, sessionId } = setup();
    const mia = family('Mia Jones', 'mia@example.org');
    const draft = { subject: 'See you {date}', body: 'Hi {first name}, bring {kids}!' };
    expect(call('templates.preview', { kind: 'reminder', sessionId, familyId: mia, draft })).toMatchObject({
      subject: 'See you Saturday, May 4, 2030',
      body: 'Hi Mia, bring Leo!',
    });
    expect(
      dispatch('templates.preview', {
        kind: 'reminder',
        sessionId,
        familyId: mia,
        draft: { ...draft, body: 'Hi {frist name}' },
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'body', message: expect.stringContaining('{frist name}') as unknown as string },
    });
    // Nothing was saved by previewing.
    expect(call('templates.list', {}).find((template) => template.kind === 'reminder')?.edited).toBe(false);
  });
});

describe('an introduction by email', () => {
  it('goes to both families with who they meet and how to reach her, and is recorded on both', () => {
    const { call, db, sessionId } = setup();
    const add = (parentName: string, email: string, phone: string, consentShareContact: boolean) =>
      call('families.create', {
        parentName,
        email,
        phone,
        consentShareContact,
        kids: [{ name: 'Leo', birthDate: '2024-01-10', birthPrecision: 'day' }],
      }).id;
    const ana = add('Ana Lima', 'ana@example.org', '555-0100', true);
    const mei = add('Mei Chen', 'mei@example.org', '', true);
    const result = call('outbox.queueIntroduction', { familyId: ana, otherFamilyId: mei, sessionId, account });
    expect(result.queued).toBe(2);
    const bodies = new Map(
      db
        .prepare<[], { family_id: number; body: string }>('SELECT family_id, body FROM outbox_recipients')
        .all()
        .map((row) => [row.family_id, row.body]),
    );
    expect(bodies.get(ana)).toContain('Maybe see you both at Toddler morning on Saturday, May 4, 2030 at Maple Park?');
    expect(bodies.get(ana)).toMatch(/Ana, meet Mei[^\n]*\nYou can reach Mei Chen at mei@example.org\.$/);
    expect(bodies.get(mei)).toMatch(/Mei, meet Ana[^\n]*\nYou can reach Ana Lima at ana@example.org or 555-0100\.$/);
    expect(call('connections.introductions', { familyId: mei })).toHaveLength(1);
  });

  it('is refused, naming her, when one family has not agreed to share, and nothing is queued or recorded', () => {
    const { call, dispatch, db, sessionId } = setup();
    const ana = call('families.create', {
      parentName: 'Ana Lima',
      email: 'ana@example.org',
      consentShareContact: true,
    }).id;
    const zoe = call('families.create', { parentName: 'Zoe Private', email: 'zoe@example.org' }).id;
    expect(
      dispatch('outbox.queueIntroduction', { familyId: ana, otherFamilyId: zoe, sessionId, account }),
    ).toMatchObject({
      ok: false,
      error: { message: 'Zoe Private has not agreed to share contact details, so Village will not introduce her.' },
    });
    expect(db.prepare('SELECT count(*) FROM outbox_recipients').pluck().get()).toBe(0);
    expect(call('connections.introductions', { familyId: ana })).toHaveLength(0);
  });
});

describe('contacts of chosen families', () => {
  it('says how each wants to hear, in the order given, leaving out a family that is gone', () => {
    const { call, family } = setup();
    const mia = family('Mia Jones', 'mia@example.org');
    const tess = family('Tess Text', 'tess@example.org', 'text');
    const quinn = family('Quinn Quiet', '', 'none');
    expect(call('reach.contacts', { familyIds: [quinn, 999, mia, tess] })).toEqual([
      { familyId: quinn, parentName: 'Quinn Quiet', email: '', preference: 'none' },
      { familyId: mia, parentName: 'Mia Jones', email: 'mia@example.org', preference: 'email' },
      { familyId: tess, parentName: 'Tess Text', email: 'tess@example.org', preference: 'text' },
    ]);
  });
});

describe('the account a queue goes through', () => {
  it('is the one kept in settings when the dialog sends none, and a queue without one asks to set it up', () => {
    const { call, dispatch, db, family, sessionId } = setup();
    const mia = family('Mia Jones', 'mia@example.org');
    call('rsvps.invite', { sessionId, familyIds: [mia] });
    const refused = dispatch('outbox.queue', { sessionId, kind: 'invitation', audience: 'all' });
    expect(refused).toEqual({
      ok: false,
      error: expect.objectContaining({
        message: 'Set up your mail account first (Outbox › Mail account).',
        field: 'account',
      }),
    });
    expect(call('outbox.list', {})).toEqual([]);

    const stored = { ...account, from: 'maya@example.org', user: 'maya@example.org', perDay: 300 };
    call('settings.set', { mailAccount: stored });
    call('outbox.queue', { sessionId, kind: 'invitation', audience: 'all' });
    call('outbox.queueFamilies', { kind: 'we-miss-you', familyIds: [mia], sessionId });
    const froms = db.prepare('SELECT DISTINCT from_address FROM outbox_messages').pluck().all();
    expect(froms).toEqual(['maya@example.org']);
  });
});
