import { describe, expect, it } from 'vitest';
import { kidLabel, NAMELESS_KID } from '../../shared/domain/kid-label';

describe('kidLabel', () => {
  it.each([
    { name: 'Mia', expected: 'Mia' },
    { name: ' Leo ', expected: 'Leo' },
    { name: '', expected: NAMELESS_KID },
    { name: '   ', expected: NAMELESS_KID },
  ])('"$name" → "$expected"', ({ name, expected }) => {
    expect(kidLabel(name)).toBe(expected);
  });

  it('is one word for every screen', () => {
    expect(NAMELESS_KID).toBe('Unnamed kid');
  });
});
