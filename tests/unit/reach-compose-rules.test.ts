/** The rules behind composing a message in the app: session placeholders, and who an audience reaches. */
import { describe, expect, it } from 'vitest';
import { sessionPlaceholdersIn, withoutSessionProblem } from '../../shared/domain/reach/message-template';
import { audienceSplit, type AudienceMember } from '../../shared/domain/reach/outbox';
import { familiesInLink } from '../../shared/domain/reach/mailto-batches';
import { reminderSendAt } from '../../shared/domain/reach/reminder-schedule';
import { introductionAppendix } from '../../shared/domain/reach/introduction-message';

describe('session placeholders', () => {
  it.each([
    [{ subject: 'We miss you', body: 'Hi {first name}, hugs to {kids}' }, []],
    [{ subject: 'See you {Date}', body: 'at { park } ({map link}), {date} again' }, ['{date}', '{park}', '{map link}']],
    [{ subject: '{session}', body: '{time} {frist name}' }, ['{session}', '{time}']],
  ])('%j uses %j', (template, used) => {
    expect(sessionPlaceholdersIn(template)).toEqual(used);
  });

  it.each([
    [{ subject: 'We miss you', body: 'Hi {first name}' }, null],
    [
      { subject: 'Hi', body: 'Come on {date}' },
      'This message uses {date}, which only a session can fill: choose an upcoming session, or take it out of the template.',
    ],
    [
      { subject: '{session}', body: 'at {park}' },
      'This message uses {session}, {park}, which only a session can fill: choose an upcoming session, or take them out of the template.',
    ],
  ])('%j without a session → %s', (template, problem) => {
    expect(withoutSessionProblem(template)).toBe(problem);
  });
});

describe('who an audience reaches', () => {
  const member = (familyId: number, status: AudienceMember['status'], preference: AudienceMember['preference']) => ({
    familyId,
    parentName: `Family ${familyId}`,
    email: `f${familyId}@example.org`,
    status,
    preference,
  });
  const members = [
    member(1, 'going', 'email'),
    member(2, 'going', 'text'),
    member(3, 'maybe', 'email'),
    member(4, 'waitlisted', 'none'),
    member(5, 'invited', 'email'),
  ];
  const ids = (list: AudienceMember[]) => list.map((one) => one.familyId);

  it.each([
    ['going', [1], [2], []],
    ['maybe', [3], [], []],
    ['waitlisted', [], [], [4]],
    ['invited', [5], [], []],
    ['responded', [1, 3], [2], [4]],
    ['all', [1, 3, 5], [2], [4]],
  ] as const)('%s: email %j, text %j, not at all %j', (audience, email, text, none) => {
    const split = audienceSplit(members, audience);
    expect([ids(split.email), ids(split.text), ids(split.none)]).toEqual([email, text, none]);
  });
});

describe('a reminder N days before', () => {
  const session = { date: '2030-03-30', startTime: '10:00', timeZone: 'Europe/Amsterdam' };
  const now = new Date('2030-03-01T00:00:00Z');
  it.each([
    [0, null],
    [1, '2030-03-29T09:00:00.000Z'],
    // Amsterdam moves its clocks on Mar 31 2030: the day before is still winter time, the one after summer.
    [2, '2030-03-28T09:00:00.000Z'],
    [40, null],
  ])('%i days before → %s', (days, at) => {
    expect(reminderSendAt(session, days, now)).toBe(at);
  });

  it('keeps the wall-clock start across a clock change', () => {
    expect(reminderSendAt({ ...session, date: '2030-04-01' }, 1, now)).toBe('2030-03-31T08:00:00.000Z');
  });
});

describe('mailto batch sizes', () => {
  it.each([
    ['mailto:?bcc=a%40x.org,b%40x.org&subject=Hi', 2],
    ['mailto:?bcc=a%40x.org&subject=Hi&body=x', 1],
    ['mailto:?subject=Hi', 0],
  ])('%s writes to %i', (link, count) => {
    expect(familiesInLink(link)).toBe(count);
  });
});

describe('an introduction email', () => {
  it.each([
    [
      { parentName: 'Mei Chen', email: 'mei@example.org', phone: '555-0101' },
      'You can reach Mei Chen at mei@example.org or 555-0101.',
    ],
    [{ parentName: 'Mei Chen', email: '', phone: '555-0101' }, 'You can reach Mei Chen at 555-0101.'],
    [
      { parentName: 'Mei Chen', email: ' ', phone: '' },
      "Mei Chen has not given an email or phone yet; I'll pass on yours.",
    ],
  ])('%j → %s', (other, line) => {
    expect(introductionAppendix('Ana, meet Mei: you both live in Sellwood. ', other)).toBe(
      `Ana, meet Mei: you both live in Sellwood.\n${line}`,
    );
  });
});
