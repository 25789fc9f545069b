import { describe, expect, it } from 'vitest';
import type { FamilyRosterRow } from '../../shared/domain/families/family';
import {
  matchesRosterSearch,
  prepareRosterRow,
  rosterSearch,
  type PreparedRosterRow,
} from '../../shared/domain/families/roster-filter';
import { searchRoster } from '../../renderer/src/families/roster-search';

const NAMES = ['Dana Reyes', 'Dana M. Reyes', 'Priya Natarajan', 'Lena Kowalski', 'Bea Ito', 'Amara Okafor', 'Kofi'];

function roster(): PreparedRosterRow[] {
  return NAMES.map((parentName, index) =>
    prepareRosterRow({
      id: index + 1,
      parentName,
      secondParentName: '',
      email: `${parentName.split(' ')[0]!.toLowerCase()}@example.org`,
      phone: `(555) 20${index}-33${index}4`,
      neighborhood: '',
      tags: [],
      kids: [{ id: index + 1, name: index % 2 === 0 ? 'Ivy' : 'Theo', birthDate: '2024-09-06', birthPrecision: 'day' }],
      firstVisit: null,
      lastVisit: null,
      sessionsAttended: 0,
    } satisfies FamilyRosterRow),
  );
}

const names = (rows: readonly PreparedRosterRow[]) => rows.map((item) => item.row.parentName);

describe('searchRoster, keystroke by keystroke', () => {
  // What the organizer types, one state of the box at a time (letters on, letters off, a phone number).
  it.each([
    ['typing a name', ['k', 'ko', 'kow', 'kowa']],
    ['typing then backspacing', ['d', 'da', 'dan', 'da', 'd', '', 'b', 'be']],
    ['a phone number, then letters onto it', ['5', '55', '555', '555-2', '555-20', '555-203', '555-20', '555-2a']],
    ['a kid, then another word', ['ivy', 'ivy ', 'ivy d', 'ivy', 'theo']],
    ['spaces and capitals', [' Dana', 'DANA M', 'dana m.', 'dana']],
  ])('%s finds what a plain search of every family finds', (_label, states) => {
    const rows = roster();
    for (const typed of states) {
      const searching = rosterSearch(typed);
      expect(names(searchRoster(rows, searching)), typed).toEqual(
        names(rows.filter((item) => matchesRosterSearch(item, searching))),
      );
    }
  });

  it('gives back what an earlier keystroke found when the search comes back to it (a backspace)', () => {
    const rows = roster();
    const k = searchRoster(rows, rosterSearch('k'));
    expect(names(searchRoster(rows, rosterSearch('ko')))).toEqual(['Lena Kowalski', 'Kofi']);
    expect(searchRoster(rows, rosterSearch('k'))).toBe(k);
    expect(searchRoster(rows, rosterSearch(' K '))).toBe(k);
  });

  it('starts afresh for another list (new filters or a roster read again)', () => {
    const rows = roster();
    const fewer = rows.slice(0, 2);
    searchRoster(rows, rosterSearch('dana'));
    expect(names(searchRoster(fewer, rosterSearch('dana m')))).toEqual(['Dana M. Reyes']);
    expect(names(searchRoster(fewer, rosterSearch('ivy')))).toEqual(['Dana Reyes']);
  });

  it('gives back the list itself for an empty search', () => {
    const rows = roster();
    expect(searchRoster(rows, rosterSearch('  '))).toBe(rows);
  });
});
