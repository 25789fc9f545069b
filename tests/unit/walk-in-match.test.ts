import { describe, expect, it } from 'vitest';
import { walkInMatch, type KnownFamily, type WalkInPerson } from '../../shared/domain/attendance/walk-in-match';

const priya: KnownFamily = {
  parentName: 'Priya Natarajan',
  secondParentName: 'Arjun Natarajan',
  email: 'priya@example.org',
  phone: '555-777-1212',
  kids: [{ name: 'Anika', birthDate: '2025-01-15', birthPrecision: 'day' }],
};
const walkIn = (patch: Partial<WalkInPerson>): WalkInPerson => ({
  parentName: 'Someone New',
  email: '',
  phone: '',
  kids: [],
  ...patch,
});
const aboutOne = { name: '', birthDate: '2025-06-01', birthPrecision: 'estimated-year' as const };

describe('walkInMatch', () => {
  it.each([
    ['the same email, any case', walkIn({ email: ' PRIYA@example.org ' }), 'email'],
    ['the same phone, written otherwise', walkIn({ phone: '+1 (555) 777 1212' }), 'phone'],
    [
      'a similar name and the same kid',
      walkIn({ parentName: 'Pria', kids: [{ ...aboutOne, name: 'Anika' }] }),
      'name-and-kid',
    ],
    [
      'a similar name and a kid of that age, unnamed',
      walkIn({ parentName: 'Pria Natarajan', kids: [aboutOne] }),
      'name-and-kid',
    ],
    [
      'the second parent with the kid',
      walkIn({ parentName: 'Arjun', kids: [{ ...aboutOne, name: 'anika' }] }),
      'name-and-kid',
    ],
    [
      'a similar name without a kid in common',
      walkIn({
        parentName: 'Priya Natarajan',
        kids: [{ name: 'Dev', birthDate: '2021-01-01', birthPrecision: 'day' }],
      }),
      null,
    ],
    [
      'the same kid name with another parent',
      walkIn({ parentName: 'Lena Kowalski', kids: [{ ...aboutOne, name: 'Anika' }] }),
      null,
    ],
    ['a short phone number', walkIn({ phone: '1212' }), null],
    ['nothing in common', walkIn({}), null],
  ])('%s', (_case, person, expected) => {
    expect(walkInMatch(person, priya)).toBe(expected);
  });
});
