/** The month calendar's grid and the date labels the session screens show. */
import { addDays, daysInMonth, formatIsoDate, parseIsoDate, type IsoDate } from '../calendar-date';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** 0 = Monday … 6 = Sunday. */
function weekdayIndex(date: IsoDate): number {
  const parts = parseIsoDate(date)!;
  return (new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay() + 6) % 7;
}

export const WEEKDAY_NAMES = WEEKDAYS;

/** "Thursday", shown next to a picked date; empty while the date is incomplete. */
export function weekdayName(date: string): string {
  return parseIsoDate(date) ? WEEKDAYS[weekdayIndex(date)]! : '';
}

/** Whole weeks (Monday first) covering the month; days of other months are included to fill the rows. */
export function monthGrid(year: number, month: number): IsoDate[][] {
  const first = formatIsoDate({ year, month, day: 1 });
  let day = addDays(parseIsoDate(first)!, -weekdayIndex(first));
  const last = parseIsoDate(formatIsoDate({ year, month, day: daysInMonth(year, month) }))!;
  const weeks: IsoDate[][] = [];
  while (
    weeks.length === 0 ||
    day.year < last.year ||
    (day.year === last.year && (day.month < last.month || (day.month === last.month && day.day <= last.day)))
  ) {
    const week: IsoDate[] = [];
    for (let index = 0; index < 7; index += 1) {
      week.push(formatIsoDate(day));
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

export function monthTitle(year: number, month: number): string {
  return `${MONTHS[month - 1]} ${year}`;
}

export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "Sunday, October 18, 2026". */
export function longDate(date: IsoDate): string {
  const parts = parseIsoDate(date)!;
  return `${WEEKDAYS[weekdayIndex(date)]}, ${MONTHS[parts.month - 1]} ${parts.day}, ${parts.year}`;
}
