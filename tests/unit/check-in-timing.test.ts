import { describe, expect, it } from 'vitest';
import { checkInIsEarly } from '../../shared/domain/attendance/check-in-timing';

describe('checkInIsEarly', () => {
  // A session starting at 10:00 in Los Angeles (18:00 UTC on Dec 3, 2026).
  const startsAt = Date.parse('2026-12-03T18:00:00Z');
  const at = (instant: string) => Date.parse(instant);
  it.each([
    ['a week before', at('2026-11-26T18:00:00Z'), true],
    ['the evening before', at('2026-12-03T03:00:00Z'), true],
    ['31 minutes before the start', at('2026-12-03T17:29:00Z'), true],
    ['half an hour before: families arrive early', at('2026-12-03T17:30:00Z'), false],
    ['during the session', at('2026-12-03T18:20:00Z'), false],
    ['a past session (entered afterwards)', at('2026-12-10T17:00:00Z'), false],
    // The computer's own clock zone does not matter: 09:45 in Los Angeles is 17:45 UTC.
    ['a quarter of an hour before, whatever zone the laptop is on', at('2026-12-03T17:45:00Z'), false],
  ])('%s', (_case, now, expected) => {
    expect(checkInIsEarly({ startsAt }, now)).toBe(expected);
  });
});
