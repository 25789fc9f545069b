import { describe, expect, it } from 'vitest';
import { missedListKind } from '../../shared/domain/attendance/missed-list';

describe('missedListKind', () => {
  it.each([
    { name: 'an ordinary session, over', status: 'scheduled', rainedOut: false, phase: 'over', expected: 'over' },
    {
      name: 'an ordinary session, upcoming',
      status: 'scheduled',
      rainedOut: false,
      phase: 'upcoming',
      expected: 'upcoming',
    },
    { name: 'cancelled by hand', status: 'cancelled', rainedOut: false, phase: 'over', expected: 'cancelled' },
    { name: 'cancelled for the rain', status: 'cancelled', rainedOut: true, phase: 'over', expected: 'cancelled' },
    { name: 'moved for the rain, over', status: 'scheduled', rainedOut: true, phase: 'over', expected: 'moved-over' },
    {
      name: 'moved for the rain, under way',
      status: 'scheduled',
      rainedOut: true,
      phase: 'under-way',
      expected: 'under-way',
    },
    {
      name: 'moved for the rain, upcoming',
      status: 'scheduled',
      rainedOut: true,
      phase: 'upcoming',
      expected: 'upcoming',
    },
  ] as const)('$name: $expected', ({ status, rainedOut, phase, expected }) => {
    expect(missedListKind({ status, rainedOut }, phase)).toBe(expected);
  });
});
