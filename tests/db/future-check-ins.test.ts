/**
 * A check-in to a session that has not happened yet (she ticked the wrong day, or checked families in
 * early) counts nowhere until its day: not a visit, not a "last visit", not time together.
 */
import { describe, expect, it } from 'vitest';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { openCore } from '../support/core-calls';
import { addPark, addSession } from '../support/seed-sessions';

const today = localToday();
const day = (offset: number) => formatIsoDate(addDays(parseIsoDate(today)!, offset));

describe('check-ins to a session still to come', () => {
  it('count in no statistic, list or "last visit" until the session has happened', () => {
    const { db, call } = openCore();
    const park = addPark(db);
    const past = [-63, -56, -49].map((offset) => addSession(db, { date: day(offset), parkId: park }));
    const future = [7, 14, 21].map((offset) => addSession(db, { date: day(offset), parkId: park }));
    const ann = call('families.create', {
      parentName: 'Ann Lee',
      kids: [{ name: 'Mia', birthDate: '2024-06-01', birthPrecision: 'day' }],
    });
    const bea = call('families.create', {
      parentName: 'Bea Cruz',
      kids: [{ name: 'Leo', birthDate: '2024-05-01', birthPrecision: 'day' }],
    });
    const cat = call('families.create', { parentName: 'Cat Diaz', kids: [] });
    // Ann and Bea came to three past sessions together, nine weeks ago and since not; Cat came to none.
    for (const session of past)
      for (const family of [ann, bea]) call('attendance.checkIn', { sessionId: session, familyId: family.id });
    // Everything that counts visits, as she would see it.
    const views = () => ({
      dashboard: call('attendance.dashboard', { weeks: 6 }),
      roster: call('families.roster', {}),
      annHistory: call('attendance.familyHistory', { familyId: ann.id }),
      annVisits: call('families.history', { id: ann.id }).visits,
      pairs: call('connections.pairs', { limit: 500 }),
      unconnected: call('connections.unconnected', {}),
    });
    const before = views();
    expect(before.annHistory.visits.map((visit) => visit.upcoming)).toEqual([false, false, false]);
    expect(before.annVisits.map((visit) => visit.upcoming)).toEqual([false, false, false]);
    // Everyone checked in to three sessions still to come.
    for (const session of future)
      for (const family of [ann, bea, cat]) call('attendance.checkIn', { sessionId: session, familyId: family.id });
    const after = views();
    expect(after.dashboard).toEqual(before.dashboard);
    expect(after.dashboard.notSeen.map((family) => family.parentName)).toEqual(['Ann Lee', 'Bea Cruz']);
    expect(after.roster).toEqual(before.roster);
    expect(after.annHistory.lastVisit).toBe(day(-49));
    // The early check-ins are listed, newest first, marked as still to come (not counted as attended).
    expect(after.annHistory.visits.map((visit) => [visit.date, visit.upcoming])).toEqual([
      ...[21, 14, 7].map((offset) => [day(offset), true]),
      ...[-49, -56, -63].map((offset) => [day(offset), false]),
    ]);
    expect(after.annVisits.map((visit) => [visit.date, visit.upcoming])).toEqual([
      ...[21, 14, 7].map((offset) => [day(offset), true]),
      ...[-49, -56, -63].map((offset) => [day(offset), false]),
    ]);
    expect(after.pairs).toEqual(before.pairs);
    expect(after.unconnected).toEqual(before.unconnected);
    db.close();
  });
});
