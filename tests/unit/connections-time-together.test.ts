import { describe, expect, it } from 'vitest';
import { pathPosition } from '../../shared/domain/connections/friendship-path';
import {
  formatHours,
  timeTogether,
  type Presence,
  type TogetherSession,
} from '../../shared/domain/connections/time-together';
import { unconnectedFamilies } from '../../shared/domain/connections/unconnected';

const session = (
  id: number,
  date: string,
  startTime: string,
  endTime: string,
  status: TogetherSession['status'] = 'scheduled',
): TogetherSession => ({
  id,
  date,
  startTime,
  endTime,
  status,
});
const came = (sessionId: number, ...familyIds: number[]): Presence[] =>
  familyIds.map((familyId) => ({ sessionId, familyId }));

describe('time together', () => {
  it.each([
    {
      name: 'two 2-hour sessions both attended',
      sessions: [session(1, '2026-03-02', '10:00', '12:00'), session(2, '2026-03-09', '10:00', '12:00')],
      presence: [...came(1, 1, 2), ...came(2, 2, 1)],
      expected: [{ a: 1, b: 2, sessions: 2, minutes: 240 }],
    },
    {
      name: 'a cancelled session gives no time even if someone was checked in',
      sessions: [session(1, '2026-03-02', '10:00', '12:00'), session(2, '2026-03-09', '10:00', '12:00', 'cancelled')],
      presence: [...came(1, 1, 2), ...came(2, 1, 2)],
      expected: [{ a: 1, b: 2, sessions: 1, minutes: 120 }],
    },
    {
      name: 'overlapping sessions the same morning count their union once',
      sessions: [session(1, '2026-03-02', '10:00', '12:00'), session(2, '2026-03-02', '11:00', '12:30')],
      presence: [...came(1, 1, 2), ...came(2, 1, 2)],
      expected: [{ a: 1, b: 2, sessions: 2, minutes: 150 }],
    },
    {
      name: 'a session inside another adds nothing',
      sessions: [session(1, '2026-03-02', '09:00', '12:00'), session(2, '2026-03-02', '10:00', '11:00')],
      presence: [...came(1, 1, 2), ...came(2, 1, 2)],
      expected: [{ a: 1, b: 2, sessions: 2, minutes: 180 }],
    },
    {
      name: 'same times on different days both count',
      sessions: [session(1, '2026-03-02', '10:00', '11:30'), session(2, '2026-03-03', '10:00', '11:30')],
      presence: [...came(1, 1, 2), ...came(2, 1, 2)],
      expected: [{ a: 1, b: 2, sessions: 2, minutes: 180 }],
    },
    {
      name: 'a family that came with only one of its kids is still there (presence is per family)',
      sessions: [session(1, '2026-03-02', '10:00', '11:00')],
      presence: [...came(1, 3, 7)],
      expected: [{ a: 3, b: 7, sessions: 1, minutes: 60 }],
    },
    {
      name: 'three families make three pairs; one alone makes none',
      sessions: [session(1, '2026-03-02', '10:00', '11:00'), session(2, '2026-03-05', '10:00', '11:00')],
      presence: [...came(1, 1, 2, 3), ...came(2, 4)],
      expected: [
        { a: 1, b: 2, sessions: 1, minutes: 60 },
        { a: 1, b: 3, sessions: 1, minutes: 60 },
        { a: 2, b: 3, sessions: 1, minutes: 60 },
      ],
    },
  ])('$name', ({ sessions, presence, expected }) => {
    expect(timeTogether(sessions, presence).sort((x, y) => x.a - y.a || x.b - y.b)).toEqual(expected);
  });

  it.each([
    [0, '0 m'],
    [45, '45 m'],
    [120, '2 h'],
    [630, '10 h 30 m'],
  ])('formats %i minutes as %s', (minutes, text) => expect(formatHours(minutes)).toBe(text));
});

describe('the path to friendship (Hall 2019)', () => {
  it.each([
    [0, 'getting to know each other', '0 of ~50 hours to casual friends'],
    [12 * 60, 'getting to know each other', '12 of ~50 hours to casual friends'],
    [50 * 60, 'casual friends', '50 of ~90 hours to friends'],
    [120 * 60, 'friends', '120 of ~200 hours to close friends'],
    [200 * 60, 'close friends', '200 hours together: close friends'],
  ])('%i minutes → %s', (minutes, stage, summary) => {
    expect(pathPosition(minutes)).toMatchObject({ stage, summary });
  });
});

describe('not yet connected', () => {
  const pair = (a: number, b: number, sessions: number, minutes: number) => ({ a, b, sessions, minutes });
  it.each([
    {
      name: 'came 3 times, never twice with the same family',
      visits: 3,
      pairs: [pair(1, 2, 1, 120), pair(1, 3, 1, 120)],
      listed: 'came 3 times, never twice with the same family',
    },
    {
      name: 'came 4 times with the same family but briefly',
      visits: 4,
      pairs: [pair(1, 2, 4, 240)],
      listed: 'came 4 times, under 5 hours with anyone',
    },
    { name: 'came 5 times and met someone for 6 hours', visits: 5, pairs: [pair(1, 2, 3, 360)], listed: null },
    { name: 'came twice only', visits: 2, pairs: [], listed: null },
    { name: 'came 3 times alone', visits: 3, pairs: [], listed: 'came 3 times, never twice with the same family' },
  ])('$name', ({ visits, pairs, listed }) => {
    const result = unconnectedFamilies(
      new Map([
        [1, visits],
        [2, 1],
        [3, 1],
      ]),
      pairs,
    );
    expect(result.find((family) => family.familyId === 1)?.reason ?? null).toBe(listed);
  });
});
