/**
 * Attendance statistics from plain visit lists: per family, newcomers per month, first-timers who came
 * back, the regulars, and who has not been seen for a while.
 */
import { addDays, formatIsoDate, parseIsoDate, type IsoDate } from '../calendar-date';

export interface Visit {
  familyId: number;
  sessionId: number;
  date: IsoDate;
}

export interface FamilyVisits {
  familyId: number;
  visits: number;
  firstVisit: IsoDate;
  lastVisit: IsoDate;
}

/** Visits, first and last visit per family (ISO dates compare as text). */
export function visitsByFamily(visits: readonly Visit[]): Map<number, FamilyVisits> {
  const result = new Map<number, FamilyVisits>();
  for (const visit of visits) {
    const known = result.get(visit.familyId);
    if (!known) {
      result.set(visit.familyId, {
        familyId: visit.familyId,
        visits: 1,
        firstVisit: visit.date,
        lastVisit: visit.date,
      });
      continue;
    }
    known.visits += 1;
    if (visit.date < known.firstVisit) known.firstVisit = visit.date;
    if (visit.date > known.lastVisit) known.lastVisit = visit.date;
  }
  return result;
}

/** Families whose first visit fell in each month ("2026-09"), months in order, empty months included. */
export function newcomersPerMonth(visits: readonly Visit[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const family of visitsByFamily(visits).values()) {
    const month = family.firstVisit.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const result: { month: string; count: number }[] = [];
  let [year, month] = months[0]!.split('-').map(Number) as [number, number];
  const last = months.at(-1)!;
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    result.push({ month: key, count: counts.get(key) ?? 0 });
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return result;
}

/** Of the families who came at least once, how many came again on a later session. */
export function firstTimersWhoReturned(visits: readonly Visit[]): { firstTimers: number; returned: number } {
  const families = [...visitsByFamily(visits).values()];
  return { firstTimers: families.length, returned: families.filter((family) => family.visits > 1).length };
}

/** The day `weeks` weeks before `today`. */
export function weeksBefore(today: IsoDate, weeks: number): IsoDate {
  const day = parseIsoDate(today);
  if (!day) throw new RangeError(`Not a calendar date: ${today}`);
  return formatIsoDate(addDays(day, -7 * weeks));
}

/**
 * The regulars: families with at least `minVisits` visits on or after `since`, most visits first (then
 * the most recent).
 */
export function regulars(visits: readonly Visit[], since: IsoDate, minVisits: number): FamilyVisits[] {
  const recent = visits.filter((visit) => visit.date >= since);
  return [...visitsByFamily(recent).values()]
    .filter((family) => family.visits >= minVisits)
    .sort((a, b) => b.visits - a.visits || b.lastVisit.localeCompare(a.lastVisit) || a.familyId - b.familyId);
}

/**
 * The follow-up list: families who came at least `minVisits` times but whose last visit is more than
 * `weeks` weeks before `today`; the most recently seen first.
 */
export function notSeenIn(visits: readonly Visit[], today: IsoDate, weeks: number, minVisits = 1): FamilyVisits[] {
  const cutoff = weeksBefore(today, weeks);
  return [...visitsByFamily(visits.filter((visit) => visit.date <= today)).values()]
    .filter((family) => family.visits >= minVisits && family.lastVisit < cutoff)
    .sort((a, b) => b.lastVisit.localeCompare(a.lastVisit) || a.familyId - b.familyId);
}
