/**
 * When the organizer changes her time zone with sessions planned, she chooses what stays:
 * - 'wall-clock': the times she typed ("Thursday 10:00") now mean 10:00 in the new zone;
 * - 'instant': the moments stay, so the clock times (and possibly the dates) are rewritten in the new zone.
 * Either way a session is only ever shown and exported in its own zone (issue 16).
 */
import { addDays, daysBetween, parseIsoDate, formatIsoDate, type IsoDate } from '../calendar-date';
import { instantToWallClock, wallClockToInstant, type WallTime } from './wall-clock';

export type ZoneMoveKeep = 'wall-clock' | 'instant';

export interface PlannedTimes {
  date: IsoDate;
  startTime: WallTime;
  endTime: WallTime;
}

/**
 * The session's times in the new zone, or null when keeping the moments would make it run past
 * midnight there (Village keeps a session within one day).
 */
export function movedTimes(times: PlannedTimes, from: string, to: string, keep: ZoneMoveKeep): PlannedTimes | null {
  if (keep === 'wall-clock') return { ...times };
  const start = instantToWallClock(wallClockToInstant(times.date, times.startTime, from), to);
  const end = instantToWallClock(wallClockToInstant(times.date, times.endTime, from), to);
  if (end.date !== start.date || end.time <= start.time) return null;
  return { date: start.date, startTime: start.time, endTime: end.time };
}

/** Moves a date by the whole days between two dates (a series' skip dates follow its first date). */
export function shiftDate(date: IsoDate, fromDay: IsoDate, toDay: IsoDate): IsoDate {
  return formatIsoDate(addDays(parseIsoDate(date)!, daysBetween(parseIsoDate(fromDay)!, parseIsoDate(toDay)!)));
}
