/**
 * Reach through the one dispatch: contact preferences on families, templates (refused with an unknown
 * placeholder, previewed for one family), mailto batches and the group-chat text that leave out "not at
 * all" families, each family's history, and a merge that carries both history and preference over.
 */
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import { OutboxQueue } from '../../electron/core/reach/outbox-queue';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const databasePath = tempDbPath();
  const db = openDatabase(databasePath);
  const dispatch = createDispatch({ db, databasePath, version: '0.0.0-test' }, () => undefined);
  const call = <M extends MethodName>(method: M, params: MethodParams<M>): MethodResult<M> => {
    const result = dispatch(method, params);
    if (!result.ok) throw new Error(`${result.error.message} (${result.error.field ?? ''})`);
    return result.value as MethodResult<M>;
  };
  const park = call('parks.create', { name: 'Maple Park', mapUrl: 'maps.example.org/maple' });
  const session = call('sessions.create', {
    title: 'Toddler morning',
    parkId: park.id,
    date: '2030-05-04',
    startTime: '10:00',
    endTime: '11:30',
    timeZone: 'America/New_York',
  });
  const family = (parentName: string, email: string, contactPreference?: 'email' | 'text' | 'none') =>
    call('families.create', {
      parentName,
      email,
      kids: [{ name: 'Leo', birthDate: '2025-01-10', birthPrecision: 'day' }],
      ...(contactPreference ? { contactPreference } : {}),
    });
  return { db, dispatch, call, sessionId: session.id, family };
}

const account = {
  host: '127.0.0.1',
  port: 2525,
  tls: 'none' as const,
  user: '',
  from: 'organizer@example.org',
  perDay: null,
};

describe('contact preferences', () => {
  it('are email by default, kept when an edit leaves them out, and refused when unknown', () => {
    const { call, dispatch, family } = setup();
    const mia = family('Mia Jones', 'mia@example.org');
    expect(mia.contactPreference).toBe('email');
    expect(
      call('families.update', { id: mia.id, family: { parentName: 'Mia Jones', contactPreference: 'none' } })
        .contactPreference,
    ).toBe('none');
    expect(call('families.update', { id: mia.id, family: { parentName: 'Mia J.' } }).contactPreference).toBe('none');
    const refused = dispatch('families.create', { parentName: 'X', contactPreference: 'pigeon' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        field: 'contactPreference',
        message: 'How they want to hear from you must be email, text or none (not at all).',
      },
    });
  });

  it('keep "not at all" families out of every batch, and texters out of email', () => {
    const { call, sessionId, family } = setup();
    const ids = [
      family('Mia Jones', 'mia@example.org'),
      family('Tess Text', 'tess@example.org', 'text'),
      family('Quinn Quiet', 'quinn@example.org', 'none'),
    ].map((f) => f.id);
    call('rsvps.invite', { sessionId, familyIds: ids });
    const mailto = call('reach.mailto', { sessionId, kind: 'invitation', audience: 'all' });
    expect(mailto.families).toBe(1);
    expect(mailto.links.join(' ')).toContain('mia%40example.org');
    expect(mailto.links.join(' ')).not.toMatch(/tess|quinn/);
    const queued = call('outbox.queue', { sessionId, kind: 'invitation', audience: 'all', account });
    expect(queued).toMatchObject({ queued: 1, failed: [], preferText: [ids[1]] });
    expect(call('outbox.list', {}).map((entry) => entry.email)).toEqual(['mia@example.org']);
  });
});

describe('templates', () => {
  it('refuse an unknown placeholder, naming it, and preview one family', () => {
    const { call, dispatch, sessionId, family } = setup();
    const refused = dispatch('templates.save', {
      kind: 'reminder',
      subject: 'Tomorrow!',
      body: 'Hi {frist name}, see you at {park}',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        field: 'body',
        message: expect.stringContaining(
          'The message has a placeholder Village does not know: {frist name}.',
        ) as unknown as string,
      },
    });
    call('templates.save', {
      kind: 'reminder',
      subject: 'Tomorrow: {session}',
      body: 'Hi {first name}, bring {kids} to {park} at {time}. {map link}',
    });
    const mia = family('Mia Jones', 'mia@example.org');
    expect(call('templates.preview', { kind: 'reminder', sessionId, familyId: mia.id })).toEqual({
      to: 'mia@example.org',
      subject: 'Tomorrow: Toddler morning',
      body: 'Hi Mia, bring Leo to Maple Park at 10:00–11:30. https://maps.example.org/maple',
      withCalendar: true,
    });
    expect(call('templates.list', {}).find((template) => template.kind === 'reminder')?.edited).toBe(true);
    expect(call('templates.reset', { kind: 'reminder' }).edited).toBe(false);
  });

  it('give the group-chat text', () => {
    const { call, sessionId } = setup();
    expect(call('reach.groupChat', { sessionId }).text).toBe(
      '🌳 Toddler morning\n📅 Saturday, May 4, 2030\n🕙 10:00–11:30\n📍 Maple Park\nhttps://maps.example.org/maple\n🎒 Bring: water, a snack, sun hats',
    );
  });
});

describe('history and merges', () => {
  it('lists what each family was sent, and a merge carries history and a "not at all" over (and undo puts them back)', () => {
    const { db, call, sessionId, family } = setup();
    const kept = family('Mia Jones', 'mia@example.org');
    const other = family('Mia Jones', 'mia.jones@example.org');
    call('rsvps.invite', { sessionId, familyIds: [kept.id, other.id] });
    new OutboxQueue(db).queue({ sessionId, kind: 'invitation', audience: 'all', account });
    expect(call('outbox.history', { familyId: other.id })).toEqual([
      expect.objectContaining({ email: 'mia.jones@example.org', status: 'queued', kind: 'invitation' }),
    ]);
    call('families.update', {
      id: other.id,
      family: { parentName: 'Mia Jones', email: 'mia.jones@example.org', contactPreference: 'none' },
    });

    const { family: merged, undoId } = call('families.merge', { keepId: kept.id, mergeId: other.id });
    expect(merged.contactPreference).toBe('none');
    expect(
      call('outbox.history', { familyId: kept.id })
        .map((entry) => entry.email)
        .sort(),
    ).toEqual(['mia.jones@example.org', 'mia@example.org']);

    const { family: back } = call('families.unmerge', { undoId });
    expect(call('families.get', { id: kept.id }).contactPreference).toBe('email');
    expect(back.contactPreference).toBe('none');
    expect(call('outbox.history', { familyId: back.id }).map((entry) => entry.email)).toEqual([
      'mia.jones@example.org',
    ]);
    expect(call('outbox.history', { familyId: kept.id }).map((entry) => entry.email)).toEqual(['mia@example.org']);
  });
});
