import { describe, expect, it } from 'vitest';
import type { FamilyRosterRow } from '../../shared/domain/families/family';
import {
  activeFilterCount,
  ageBandFromDraft,
  kidsInAgeFilter,
  kidsInShowOrder,
  matchesFilters,
  matchesRosterSearch,
  matchesSearch,
  noRosterFilters,
  prepareRosterRow,
  rosterChoices,
  rosterSearch,
  searchNarrows,
  type RosterFilters,
} from '../../shared/domain/families/roster-filter';

function row(patch: Partial<FamilyRosterRow> = {}): FamilyRosterRow {
  return {
    id: 1,
    parentName: 'Dana Reyes',
    secondParentName: 'Sam Reyes',
    email: 'Dana@Example.org',
    phone: '(555) 201-3344',
    neighborhood: 'Maple Heights',
    tags: ['regular'],
    kids: [
      { id: 1, name: 'Ivy', birthDate: '2024-09-06', birthPrecision: 'day' },
      { id: 2, name: 'Theo', birthDate: '2026-03-06', birthPrecision: 'day' },
    ],
    firstVisit: '2026-09-05',
    lastVisit: '2026-10-03',
    sessionsAttended: 2,
    ...patch,
  };
}

describe('matchesSearch', () => {
  it.each([
    ['', true],
    ['dana', true],
    ['SAM', true], // second parent
    ['theo', true], // a kid
    ['example.org', true],
    ['555-201', true], // phone, typed with other punctuation
    ['2013344', true],
    ['zoe', false],
    ['201 33 99', false],
    ['Ivy 2', false], // a name with a digit is not read as a phone number (555-2…)
    ['a 5', false],
  ])('%j: %s', (search, expected) => {
    expect(matchesSearch(prepareRosterRow(row()), search)).toBe(expected);
  });
});

describe('rosterSearch (the term worked out once per keystroke, not once per family)', () => {
  it.each([
    ['dana', true],
    ['  Theo ', true],
    ['555-201', true],
    ['Ivy 2', false],
  ])('%j matches as matchesSearch does: %s', (search, expected) => {
    expect(matchesRosterSearch(prepareRosterRow(row()), rosterSearch(search))).toBe(expected);
  });

  // A keystroke that narrows the search may look only through what the last one found.
  it.each([
    ['da', 'dan', true],
    ['', 'd', true],
    ['dan', 'da', false], // Backspace widens
    ['dan', 'dana r', true],
    ['ana', 'dana', true], // typed before the start: still contains the old term
    ['555', '555-2', true], // a phone number, digits kept
    ['5-', '5-55', false], // "5-" was text only; "5-55" also finds phones with 555
    ['a 5', 'a 55', true], // neither is read as a phone number
    ['ivy', 'ivy 555', false], // half digits: "ivy 555" is read as a phone number too, "ivy" was not
  ])('%j then %j: narrows %s', (before, after, expected) => {
    expect(searchNarrows(rosterSearch(before), rosterSearch(after))).toBe(expected);
  });
});

describe('matchesFilters', () => {
  const base = noRosterFilters('2026-12-06');
  it.each<[string, Partial<RosterFilters>, Partial<FamilyRosterRow>, boolean]>([
    ['no filters', {}, {}, true],
    ['has a kid 12–36 months on Dec 6 (Ivy is 27 m)', { ageMinMonths: 12, ageMaxMonths: 36 }, {}, true],
    ['has a kid 0–8 months on Dec 6 (Theo is 9 m)', { ageMinMonths: 0, ageMaxMonths: 8 }, {}, false],
    [
      'has a kid 0–8 months on Nov 6 (Theo is 8 m)',
      { ageMinMonths: 0, ageMaxMonths: 8, ageOn: '2026-11-06' },
      {},
      true,
    ],
    ['age band and no kids', { ageMinMonths: 0, ageMaxMonths: 100 }, { kids: [] }, false],
    ['neighborhood, any case', { neighborhood: 'maple heights' }, {}, true],
    ['other neighborhood', { neighborhood: 'Riverside' }, {}, false],
    ['tag', { tag: 'regular' }, {}, true],
    ['missing tag', { tag: 'newsletter' }, {}, false],
    ['first-timers: came twice', { firstTimers: true }, {}, false],
    ['first-timers: came once', { firstTimers: true }, { sessionsAttended: 1 }, true],
    ['not seen since Nov 1: last came Oct 3', { notSeenSince: '2026-11-01' }, {}, true],
    ['not seen since Oct 3: came that day', { notSeenSince: '2026-10-03' }, {}, false],
    [
      'not seen since: never came',
      { notSeenSince: '2026-10-03' },
      { lastVisit: null, firstVisit: null, sessionsAttended: 0 },
      true,
    ],
  ])('%s', (_, filters, patch, expected) => {
    expect(matchesFilters(row(patch), { ...base, ...filters })).toBe(expected);
  });

  it('counts active filters', () => {
    expect(activeFilterCount(base)).toBe(0);
    expect(activeFilterCount({ ...base, ageMaxMonths: 12, tag: 'x', firstTimers: true })).toBe(3);
  });
});

describe('rosterChoices', () => {
  it('lists each neighborhood once (first spelling) and every tag, sorted', () => {
    const rows = [
      row({ neighborhood: 'Riverside', tags: ['b', 'A'] }),
      row({ neighborhood: 'riverside' }),
      row({ neighborhood: '', tags: [] }),
    ];
    expect(rosterChoices(rows)).toEqual({ neighborhoods: ['Riverside'], tags: ['A', 'b', 'regular'] });
  });
});

describe('ageBandFromDraft', () => {
  it.each<[string, string, 'months' | 'years', number | null, number | null]>([
    ['12', '36', 'months', 12, 36],
    ['1', '3', 'years', 12, 47],
    ['', '2', 'years', null, 35],
    ['abc', '', 'months', null, null],
    [' 6 ', '-1', 'months', 6, null],
  ])('%j–%j %s → %s–%s months', (min, max, unit, ageMinMonths, ageMaxMonths) => {
    expect(ageBandFromDraft({ min, max, unit, on: '2026-12-06' })).toEqual({
      ageMinMonths,
      ageMaxMonths,
      ageOn: '2026-12-06',
    });
  });
});

describe('kidsInAgeFilter and kidsInShowOrder', () => {
  const kids: FamilyRosterRow['kids'] = [
    { id: 1, name: 'Josephine', birthDate: '2020-03-01', birthPrecision: 'day' },
    { id: 2, name: 'Maximilian', birthDate: '2022-06-01', birthPrecision: 'day' },
    { id: 3, name: 'Theo', birthDate: '2024-09-01', birthPrecision: 'day' },
    { id: 4, name: 'Bump', birthDate: '2027-03-01', birthPrecision: 'month' },
  ];
  it.each<[string, number | null, number | null, number[], string[]]>([
    ['no age filter: none highlighted, order kept', null, null, [], ['Josephine', 'Maximilian', 'Theo', 'Bump']],
    ['12–36 months: the third kid first', 12, 36, [3], ['Theo', 'Josephine', 'Maximilian', 'Bump']],
    ['from 36 months: the two eldest, in their order', 36, null, [1, 2], ['Josephine', 'Maximilian', 'Theo', 'Bump']],
    ['up to 6 months: a baby on the way is in no band', null, 6, [], ['Josephine', 'Maximilian', 'Theo', 'Bump']],
  ])('%s', (_case, ageMinMonths, ageMaxMonths, ids, order) => {
    const matching = kidsInAgeFilter(kids, { ageMinMonths, ageMaxMonths, ageOn: '2026-12-01' });
    expect([...matching]).toEqual(ids);
    expect(kidsInShowOrder(kids, matching).map((kid) => kid.name)).toEqual(order);
  });
});
