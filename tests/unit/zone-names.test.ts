import { describe, expect, it } from 'vitest';
import { searchZones, zoneChoices, zoneLabel } from '../../shared/domain/sessions/zone-names';
import { movedTimes } from '../../shared/domain/sessions/zone-move';

const JANUARY = new Date('2027-01-15T12:00:00Z');

describe('time zones by their everyday names', () => {
  it.each([
    ['America/Los_Angeles', 'Pacific Time — Los Angeles'],
    ['America/New_York', 'Eastern Time — New York'],
    ['Europe/Amsterdam', 'Central European Time — Amsterdam'],
    ['Asia/Tehran', 'Iran Standard Time — Tehran'],
    ['America/Argentina/Buenos_Aires', 'Argentina Standard Time — Buenos Aires'],
    ['UTC', 'Coordinated Universal Time (UTC)'],
  ])('%s reads "%s"', (zone, label) => expect(zoneLabel(zone, JANUARY)).toBe(label));

  const choices = zoneChoices(Intl.supportedValuesOf('timeZone'), JANUARY);
  it.each([
    ['pacific los', ['America/Los_Angeles']],
    ['tehran', ['Asia/Tehran']],
    ['casablanca', ['Africa/Casablanca']],
    ['gmt+1 amster', ['Europe/Amsterdam']],
  ])('searching "%s" finds %o', (query, zones) =>
    expect(searchZones(choices, query).map((choice) => choice.zone)).toEqual(zones),
  );

  it('offers every zone once, sorted by name', () => {
    expect(new Set(choices.map((choice) => choice.zone)).size).toBe(Intl.supportedValuesOf('timeZone').length);
    expect(choices.map((choice) => choice.label)).toEqual(
      [...choices.map((choice) => choice.label)].sort((a, b) => a.localeCompare(b, 'en')),
    );
  });
});

describe('moving a session to another zone', () => {
  const thursday = { date: '2027-03-18', startTime: '10:00', endTime: '11:30' };
  it.each([
    ['keeps the clock time', thursday, 'UTC', 'America/Los_Angeles', 'wall-clock', thursday],
    [
      'keeps the moment (daylight time in Los Angeles)',
      thursday,
      'UTC',
      'America/Los_Angeles',
      'instant',
      { date: '2027-03-18', startTime: '03:00', endTime: '04:30' },
    ],
    [
      'keeps the moment, on the next day there',
      thursday,
      'UTC',
      'Pacific/Kiritimati',
      'instant',
      { date: '2027-03-19', startTime: '00:00', endTime: '01:30' },
    ],
    [
      'refuses a moment that runs past midnight there',
      { date: '2027-03-18', startTime: '14:30', endTime: '15:30' },
      'UTC',
      'Asia/Tokyo',
      'instant',
      null,
    ],
  ] as const)('%s', (_label, times, from, to, keep, expected) =>
    expect(movedTimes(times, from, to, keep)).toEqual(expected),
  );
});
