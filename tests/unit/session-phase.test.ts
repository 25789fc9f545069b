import { describe, expect, it } from 'vitest';
import { sessionPhase } from '../../shared/domain/attendance/session-phase';

const at = (time: string) => Date.parse(`2026-11-05T${time}:00Z`);
const PLAYGROUP = { startsAt: at('10:00'), endsAt: at('11:30') };

describe('sessionPhase', () => {
  it.each([
    { name: 'the day before', now: Date.parse('2026-11-04T10:00:00Z'), expected: 'upcoming' },
    { name: 'a minute before it starts', now: at('09:59'), expected: 'upcoming' },
    { name: 'the minute it starts', now: at('10:00'), expected: 'under-way' },
    { name: 'half-way through', now: at('10:45'), expected: 'under-way' },
    { name: 'the minute it ends', now: at('11:30'), expected: 'over' },
    { name: 'the week after', now: Date.parse('2026-11-12T10:00:00Z'), expected: 'over' },
  ])('$name: $expected', ({ now, expected }) => {
    expect(sessionPhase(PLAYGROUP, now)).toBe(expected);
  });

  it('treats an end typed before the start as ending when it starts', () => {
    expect(sessionPhase({ startsAt: at('10:00'), endsAt: at('09:00') }, at('10:00'))).toBe('over');
    expect(sessionPhase({ startsAt: at('10:00'), endsAt: at('09:00') }, at('09:30'))).toBe('upcoming');
  });
});
