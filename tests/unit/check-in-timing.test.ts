import { describe, expect, it } from 'vitest';
import { checkInIsEarly } from '../../shared/domain/attendance/check-in-timing';

describe('checkInIsEarly', () => {
  // Local times: the organizer's clock.
  const at = (text: string) => new Date(text);
  it.each([
    ['next week', { date: '2026-12-10', startTime: '10:00' }, at('2026-12-03T11:00:00'), true],
    ['tomorrow, just after midnight', { date: '2026-12-04', startTime: '00:10' }, at('2026-12-03T23:55:00'), true],
    ['later today', { date: '2026-12-03', startTime: '15:00' }, at('2026-12-03T10:00:00'), true],
    ['31 minutes before the start', { date: '2026-12-03', startTime: '10:00' }, at('2026-12-03T09:29:00'), true],
    ['half an hour before: families arrive early', { date: '2026-12-03', startTime: '10:00' }, at('2026-12-03T09:30:00'), false],
    ['during the session', { date: '2026-12-03', startTime: '10:00' }, at('2026-12-03T10:20:00'), false],
    ['a past session (entered afterwards)', { date: '2026-11-26', startTime: '10:00' }, at('2026-12-03T09:00:00'), false],
  ])('%s', (_case, session, now, expected) => {
    expect(checkInIsEarly(session, now)).toBe(expected);
  });
});
