/** The rules behind composing a message in the app: session placeholders, and who an audience reaches. */
import { describe, expect, it } from 'vitest';
import { sessionPlaceholdersIn, withoutSessionProblem } from '../../shared/domain/reach/message-template';
import { audienceSplit, type AudienceMember } from '../../shared/domain/reach/outbox';

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
