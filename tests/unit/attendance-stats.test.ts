import { describe, expect, it } from 'vitest';
import {
  firstTimersWhoReturned,
  newcomersPerMonth,
  notSeenIn,
  regulars,
  visitsByFamily,
  weeksBefore,
  type Visit,
} from '../../shared/domain/attendance/stats';

const v = (familyId: number, date: string, sessionId = 0): Visit => ({ familyId, sessionId, date });

// Family 1 comes every fortnight; 2 came once in September; 3 came twice, last in early October; 4 is new in November.
const VISITS: Visit[] = [
  v(1, '2026-09-06'),
  v(1, '2026-09-20'),
  v(1, '2026-10-04'),
  v(1, '2026-10-18'),
  v(1, '2026-11-01'),
  v(2, '2026-09-06'),
  v(3, '2026-09-20'),
  v(3, '2026-10-04'),
  v(4, '2026-11-01'),
];

describe('attendance stats', () => {
  it('summarizes each family: visits, first and last visit', () => {
    expect([...visitsByFamily(VISITS).values()]).toEqual([
      { familyId: 1, visits: 5, firstVisit: '2026-09-06', lastVisit: '2026-11-01' },
      { familyId: 2, visits: 1, firstVisit: '2026-09-06', lastVisit: '2026-09-06' },
      { familyId: 3, visits: 2, firstVisit: '2026-09-20', lastVisit: '2026-10-04' },
      { familyId: 4, visits: 1, firstVisit: '2026-11-01', lastVisit: '2026-11-01' },
    ]);
  });

  it('orders visits given out of order', () => {
    expect(visitsByFamily([v(1, '2026-10-01'), v(1, '2026-08-01'), v(1, '2026-09-01')]).get(1)).toMatchObject({
      firstVisit: '2026-08-01',
      lastVisit: '2026-10-01',
    });
  });

  it.each([
    { name: 'no visits', visits: [], expected: [] },
    {
      name: 'the sample',
      visits: VISITS,
      expected: [
        { month: '2026-09', count: 3 },
        { month: '2026-10', count: 0 },
        { month: '2026-11', count: 1 },
      ],
    },
    {
      name: 'across a new year, empty months kept',
      visits: [v(1, '2025-11-30'), v(2, '2026-02-01')],
      expected: [
        { month: '2025-11', count: 1 },
        { month: '2025-12', count: 0 },
        { month: '2026-01', count: 0 },
        { month: '2026-02', count: 1 },
      ],
    },
  ])('newcomers per month: $name', ({ visits, expected }) => {
    expect(newcomersPerMonth(visits)).toEqual(expected);
  });

  it.each([
    { name: 'no visits', visits: [], expected: { firstTimers: 0, returned: 0 } },
    { name: 'the sample', visits: VISITS, expected: { firstTimers: 4, returned: 2 } },
    {
      name: 'one family twice',
      visits: [v(9, '2026-01-01'), v(9, '2026-01-08')],
      expected: { firstTimers: 1, returned: 1 },
    },
  ])('first-timers who came back: $name', ({ visits, expected }) => {
    expect(firstTimersWhoReturned(visits)).toEqual(expected);
  });

  it.each([
    ['2026-11-08', 1, '2026-11-01'],
    ['2026-11-08', 6, '2026-09-27'],
    ['2026-03-01', 1, '2026-02-22'],
  ] as const)('%s minus %i weeks is %s', (today, weeks, expected) => {
    expect(weeksBefore(today, weeks)).toBe(expected);
  });

  it.each([
    { since: '2026-09-01', minVisits: 3, expected: [1] },
    { since: '2026-09-01', minVisits: 2, expected: [1, 3] },
    { since: '2026-10-10', minVisits: 1, expected: [1, 4] },
    { since: '2026-12-01', minVisits: 1, expected: [] },
  ])('regulars since $since with at least $minVisits visits: $expected', ({ since, minVisits, expected }) => {
    expect(regulars(VISITS, since, minVisits).map((family) => family.familyId)).toEqual(expected);
  });

  it.each([
    { today: '2026-11-08', weeks: 4, minVisits: 1, expected: [3, 2] },
    { today: '2026-11-08', weeks: 4, minVisits: 2, expected: [3] },
    { today: '2026-11-08', weeks: 6, minVisits: 1, expected: [2] },
    { today: '2026-11-08', weeks: 52, minVisits: 1, expected: [] },
    // A visit planned after "today" does not count as being seen.
    { today: '2026-10-30', weeks: 1, minVisits: 1, expected: [1, 3, 2] },
  ])(
    'not seen in $weeks weeks on $today (at least $minVisits visits): $expected',
    ({ today, weeks, minVisits, expected }) => {
      expect(notSeenIn(VISITS, today, weeks, minVisits).map((family) => family.familyId)).toEqual(expected);
    },
  );
});
