import { describe, expect, it } from 'vitest';
import {
  ageWord,
  groupDescription,
  sessionIdeaTitle,
  sharedPark,
  type ParkVisit,
} from '../../shared/domain/connections/session-idea';

const family = (neighborhood: string, ...kidAgesMonths: number[]) => ({ neighborhood, kidAgesMonths });

describe('a session planned for a few families', () => {
  it.each([
    [0, 'babies'],
    [11, 'babies'],
    [12, 'toddlers'],
    [35, 'toddlers'],
    [36, 'preschoolers'],
    [59, 'preschoolers'],
    [60, 'kids'],
  ])('a kid of %i months is one of the %s', (months, word) => {
    expect(ageWord(months)).toBe(word);
  });

  it.each([
    [
      'all one neighborhood',
      [family('Sellwood', 20), family('sellwood ', 24), family('Sellwood', 22)],
      'Sellwood toddlers',
    ],
    ['most in one', [family('Sellwood', 8), family('Sellwood', 10), family('Moreland', 9)], 'Sellwood babies'],
    ['spread out: no place named', [family('Sellwood', 40), family('Moreland', 44)], 'preschoolers'],
    [
      'half is not most',
      [family('Sellwood', 20), family('Sellwood', 20), family('Moreland', 20), family('Brooklyn', 20)],
      'toddlers',
    ],
    ['no ages known', [family('Sellwood'), family('Sellwood')], 'Sellwood families'],
    ['no neighborhoods', [family('', 70), family('  ', 80)], 'kids'],
    ['the middle kid decides', [family('', 10), family('', 20, 30), family('', 40)], 'toddlers'],
    ['spaces tidied', [family('  St   Johns ', 20)], 'St Johns toddlers'],
  ])('%s → %s', (_, families, description) => {
    expect(groupDescription(families)).toBe(description);
  });

  it('puts the prefix first', () => {
    expect(sessionIdeaTitle('Small circle', [family('Sellwood', 20), family('Sellwood', 22)])).toBe(
      'Small circle: Sellwood toddlers',
    );
  });

  const visit = (familyId: number, parkId: number, sessions = 1): ParkVisit => ({ familyId, parkId, sessions });
  it.each<[string, ParkVisit[], number, number | null]>([
    ['none visited', [], 3, null],
    ['each went to a different park', [visit(1, 10), visit(2, 11), visit(3, 12)], 3, null],
    ['two share one', [visit(1, 10), visit(2, 10), visit(3, 12)], 3, 10],
    [
      'more families beat more sessions',
      [visit(1, 10, 9), visit(2, 10, 9), visit(1, 11), visit(2, 11), visit(3, 11)],
      3,
      11,
    ],
    ['equal families: more sessions', [visit(1, 10), visit(2, 10), visit(1, 11, 3), visit(2, 11)], 2, 11],
    ['a full tie: the lower id', [visit(1, 12), visit(2, 12), visit(1, 10), visit(2, 10)], 2, 10],
    ['one family alone: her park', [visit(1, 12, 2), visit(1, 10, 5)], 1, 10],
  ])('%s', (_, visits, familyCount, park) => {
    expect(sharedPark(visits, familyCount)).toBe(park);
  });
});
