/**
 * Session times are wall-clock times ("10:00") in an IANA time zone, not instants: a weekly 10:00
 * meetup stays at 10:00 when daylight-saving time starts or ends. This turns a wall-clock time into the
 * instant it names, through @date-fns/tz (which reads the zone rules Intl ships).
 */
import { TZDate } from '@date-fns/tz';
import { parseIsoDate, type IsoDate } from '../calendar-date';

/** `HH:MM`, 24-hour. */
export type WallTime = string;

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseWallTime(text: string): { hour: number; minute: number } | null {
  const match = WALL_TIME.exec(text);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

export function isWallTime(text: string): boolean {
  return parseWallTime(text) !== null;
}

/** Minutes since midnight, for comparing wall-clock times on the same day. */
export function minutesOfDay(time: WallTime): number {
  const parts = parseWallTime(time);
  if (!parts) throw new RangeError(`Not a time of day: ${time}`);
  return parts.hour * 60 + parts.minute;
}

export function isTimeZone(zone: string): boolean {
  if (zone.trim() === '' || (!zone.includes('/') && zone !== 'UTC')) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone this computer is set to, the default for the organizer's time zone. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The wall-clock time on a day in a zone, as a date whose fields read in that zone (a TZDate).
 * A time skipped by a spring-forward change resolves to the hour after, as calendars do.
 */
export function zonedDateTime(date: IsoDate, time: WallTime, zone: string): TZDate {
  const day = parseIsoDate(date);
  const clock = parseWallTime(time);
  if (!day || !clock) throw new RangeError(`Not a date and time: ${date} ${time}`);
  return new TZDate(day.year, day.month - 1, day.day, clock.hour, clock.minute, 0, 0, zone);
}

/** The instant (epoch milliseconds) a wall-clock time on a day in a zone names. */
export function wallClockToInstant(date: IsoDate, time: WallTime, zone: string): number {
  return zonedDateTime(date, time, zone).getTime();
}

/** The wall-clock date and time an instant reads as in a zone. */
export function instantToWallClock(instant: number, zone: string): { date: IsoDate; time: WallTime } {
  const zoned = new TZDate(instant, zone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`,
    time: `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`,
  };
}
