import { describe, expect, it } from 'vitest';
import type { FamilyRosterRow } from '../../shared/domain/families/family';
import { sortRoster, type RosterSortLevel } from '../../shared/domain/families/roster-sort';

let nextId = 1;
function family(parentName: string, patch: Partial<FamilyRosterRow> = {}): { row: FamilyRosterRow } {
  return {
    row: {
      id: nextId++,
      parentName,
      secondParentName: '',
      email: '',
      phone: '',
      neighborhood: '',
      tags: [],
      kids: [],
      firstVisit: null,
      lastVisit: null,
      sessionsAttended: 0,
      ...patch,
    },
  };
}
const kid = (birthDate: string) => ({ id: nextId++, name: 'Kid', birthDate, birthPrecision: 'day' as const });

const ROWS = [
  family('dana Reyes', {
    secondParentName: 'Sam',
    email: 'dana@x.org',
    phone: '555-0102',
    neighborhood: 'Riverside',
    tags: ['regular'],
    kids: [kid('2024-09-06'), kid('2026-03-06')],
    firstVisit: '2026-05-02',
    lastVisit: '2026-10-03',
    sessionsAttended: 4,
  }),
  family('Amara Okafor', {
    email: 'Amara@x.org',
    phone: '555-0300',
    neighborhood: 'maple heights',
    kids: [kid('2025-01-10')],
    firstVisit: '2026-09-05',
    lastVisit: '2026-09-05',
    sessionsAttended: 1,
  }),
  family('Bea Ito', {
    neighborhood: 'Riverside',
    tags: ['new', 'helper'],
    kids: [kid('2023-02-01')],
    sessionsAttended: 0,
  }),
  family('Lena Kowalski', {
    email: 'lena@x.org',
    phone: '555-0100',
    neighborhood: 'Oak Park',
    kids: [kid('2026-01-20')],
    firstVisit: '2026-03-01',
    lastVisit: '2026-11-20',
    sessionsAttended: 12,
  }),
  family('Dana Reyes', { email: 'other@x.org', neighborhood: 'Maple Heights', sessionsAttended: 4 }),
];
const names = (items: { row: FamilyRosterRow }[]) =>
  items.map((item) => item.row.parentName + (item.row.secondParentName ? ' & ' + item.row.secondParentName : ''));

describe('sortRoster', () => {
  it.each<[string, RosterSortLevel[], string[]]>([
    ['nothing: the order given', [], ['dana Reyes & Sam', 'Amara Okafor', 'Bea Ito', 'Lena Kowalski', 'Dana Reyes']],
    [
      'parents, without case; "Dana Reyes" before "dana Reyes & Sam"',
      [{ id: 'parents', desc: false }],
      ['Amara Okafor', 'Bea Ito', 'Dana Reyes', 'dana Reyes & Sam', 'Lena Kowalski'],
    ],
    [
      'parents descending',
      [{ id: 'parents', desc: true }],
      ['Lena Kowalski', 'dana Reyes & Sam', 'Dana Reyes', 'Bea Ito', 'Amara Okafor'],
    ],
    [
      'kids by youngest birth date (older little ones first), no kids last',
      [{ id: 'kids', desc: false }],
      ['Bea Ito', 'Amara Okafor', 'Lena Kowalski', 'dana Reyes & Sam', 'Dana Reyes'],
    ],
    [
      'kids descending: youngest first, no kids still last',
      [{ id: 'kids', desc: true }],
      ['dana Reyes & Sam', 'Lena Kowalski', 'Amara Okafor', 'Bea Ito', 'Dana Reyes'],
    ],
    [
      'email without case, empty last',
      [{ id: 'email', desc: false }],
      ['Amara Okafor', 'dana Reyes & Sam', 'Lena Kowalski', 'Dana Reyes', 'Bea Ito'],
    ],
    [
      'email descending, empty still last',
      [{ id: 'email', desc: true }],
      ['Dana Reyes', 'Lena Kowalski', 'dana Reyes & Sam', 'Amara Okafor', 'Bea Ito'],
    ],
    [
      'phone',
      [{ id: 'phone', desc: false }],
      ['Lena Kowalski', 'dana Reyes & Sam', 'Amara Okafor', 'Bea Ito', 'Dana Reyes'],
    ],
    [
      'neighborhood without case; ties keep the order given',
      [{ id: 'neighborhood', desc: false }],
      ['Amara Okafor', 'Dana Reyes', 'Lena Kowalski', 'dana Reyes & Sam', 'Bea Ito'],
    ],
    [
      'neighborhood descending; ties still keep the order given',
      [{ id: 'neighborhood', desc: true }],
      ['dana Reyes & Sam', 'Bea Ito', 'Lena Kowalski', 'Amara Okafor', 'Dana Reyes'],
    ],
    [
      'tags, untagged last',
      [{ id: 'tags', desc: false }],
      ['Bea Ito', 'dana Reyes & Sam', 'Amara Okafor', 'Lena Kowalski', 'Dana Reyes'],
    ],
    [
      'first visit, never came last',
      [{ id: 'firstVisit', desc: false }],
      ['Lena Kowalski', 'dana Reyes & Sam', 'Amara Okafor', 'Bea Ito', 'Dana Reyes'],
    ],
    [
      'last visit descending (most recent first), never came last',
      [{ id: 'lastVisit', desc: true }],
      ['Lena Kowalski', 'dana Reyes & Sam', 'Amara Okafor', 'Bea Ito', 'Dana Reyes'],
    ],
    [
      'sessions as numbers (12 after 4)',
      [{ id: 'sessions', desc: false }],
      ['Bea Ito', 'Amara Okafor', 'dana Reyes & Sam', 'Dana Reyes', 'Lena Kowalski'],
    ],
    [
      'sessions descending',
      [{ id: 'sessions', desc: true }],
      ['Lena Kowalski', 'dana Reyes & Sam', 'Dana Reyes', 'Amara Okafor', 'Bea Ito'],
    ],
    // The tie (4 sessions) is given as "dana Reyes & Sam", "Dana Reyes"; the second level turns it round.
    [
      'two levels: sessions descending, then parents',
      [
        { id: 'sessions', desc: true },
        { id: 'parents', desc: false },
      ],
      ['Lena Kowalski', 'Dana Reyes', 'dana Reyes & Sam', 'Amara Okafor', 'Bea Ito'],
    ],
    [
      'an unknown column is ignored',
      [
        { id: 'shoeSize', desc: false },
        { id: 'neighborhood', desc: false },
      ],
      ['Amara Okafor', 'Dana Reyes', 'Lena Kowalski', 'dana Reyes & Sam', 'Bea Ito'],
    ],
  ])('%s', (_label, sorting, expected) => {
    expect(names(sortRoster(ROWS, sorting))).toEqual(expected);
  });

  it('returns a new array and leaves the given one as it was', () => {
    const before = [...ROWS];
    const sorted = sortRoster(ROWS, [{ id: 'parents', desc: true }]);
    expect(sorted).not.toBe(ROWS);
    expect(ROWS).toEqual(before);
  });

  it('keeps whatever else the items carry', () => {
    const items = ROWS.map((item, index) => ({ ...item, rank: index }));
    expect(sortRoster(items, [{ id: 'parents', desc: false }]).map((item) => item.rank)).toEqual([1, 2, 4, 0, 3]);
  });
});
