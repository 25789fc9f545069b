/**
 * Issue 16: she planned a 10:00 series with the computer on UTC, then set Los Angeles. Village asks, and
 * either keeps the clock times (10:00 now in Los Angeles) or the moments (10:00 UTC is 02:00 or 03:00 in
 * Los Angeles), and the calendar file says the same as the app.
 */
import { describe, expect, it } from 'vitest';
import { CalendarExport } from '../../electron/core/calendar/calendar-export';
import type { MethodResult } from '../../shared/api/contract';
import { wallClockToInstant } from '../../shared/domain/sessions/wall-clock';
import { occurrencesByIcalJs } from '../support/read-ics';
import { openCore } from '../support/core-calls';

function setup() {
  const { db, dispatch, call } = openCore();
  call('settings.set', { timeZone: 'UTC' });
  // Thursdays from Feb 25 2027: Los Angeles changes to daylight time on Mar 14 2027.
  const series = call('sessions.create', {
    title: 'Thursday playgroup',
    date: '2027-02-25',
    startTime: '10:00',
    endTime: '11:30',
    repeat: { intervalWeeks: 1, count: 4, skipDates: ['2027-03-04'] },
  });
  const oneOff = call('sessions.create', { title: 'Picnic', date: '2027-06-05', startTime: '14:30', endTime: '15:30' });
  const exporter = new CalendarExport(db);
  const seriesInstants = () =>
    occurrencesByIcalJs(exporter.export({ kind: 'series', id: series.series!.id }).ics).map((item) =>
      new Date(item.start).toISOString(),
    );
  return { db, dispatch, call, series, oneOff, seriesInstants };
}

const listed = (sessions: MethodResult<'sessions.list'>) =>
  sessions.map((session) => [session.title, session.date, session.startTime, session.endTime, session.timeZone]);

describe('changing the time zone with sessions planned', () => {
  it('keeps the clock times in the new zone', () => {
    const { call, db, seriesInstants } = setup();
    call('settings.set', { timeZone: 'America/Los_Angeles', plannedSessions: 'wall-clock' });
    expect(listed(call('sessions.list', {}))).toEqual([
      ['Thursday playgroup', '2027-02-25', '10:00', '11:30', 'America/Los_Angeles'],
      ['Thursday playgroup', '2027-03-11', '10:00', '11:30', 'America/Los_Angeles'],
      ['Thursday playgroup', '2027-03-18', '10:00', '11:30', 'America/Los_Angeles'],
      ['Thursday playgroup', '2027-03-25', '10:00', '11:30', 'America/Los_Angeles'],
      ['Picnic', '2027-06-05', '14:30', '15:30', 'America/Los_Angeles'],
    ]);
    expect(seriesInstants()).toEqual(
      ['2027-02-25', '2027-03-11', '2027-03-18', '2027-03-25'].map((date) =>
        new Date(wallClockToInstant(date, '10:00', 'America/Los_Angeles')).toISOString(),
      ),
    );
    db.close();
  });

  it('keeps the moments, rewriting the clock times (an hour apart across the change)', () => {
    const { call, db, seriesInstants } = setup();
    const before = seriesInstants();
    call('settings.set', { timeZone: 'America/Los_Angeles', plannedSessions: 'instant' });
    expect(listed(call('sessions.list', {}))).toEqual([
      ['Thursday playgroup', '2027-02-25', '02:00', '03:30', 'America/Los_Angeles'],
      ['Thursday playgroup', '2027-03-11', '02:00', '03:30', 'America/Los_Angeles'],
      ['Thursday playgroup', '2027-03-18', '03:00', '04:30', 'America/Los_Angeles'],
      ['Thursday playgroup', '2027-03-25', '03:00', '04:30', 'America/Los_Angeles'],
      ['Picnic', '2027-06-05', '07:30', '08:30', 'America/Los_Angeles'],
    ]);
    expect(seriesInstants()).toEqual(before);
    expect(before).toEqual([
      '2027-02-25T10:00:00.000Z',
      '2027-03-11T10:00:00.000Z',
      '2027-03-18T10:00:00.000Z',
      '2027-03-25T10:00:00.000Z',
    ]);
    db.close();
  });

  it('moves the dates, skip dates included, when the moment falls on another day there', () => {
    const { call, db, series } = setup();
    call('settings.set', { timeZone: 'Pacific/Kiritimati', plannedSessions: 'instant' });
    const detail = call('sessions.get', { id: series.id });
    expect([detail.date, detail.startTime, detail.series!.firstDate, detail.series!.skipDates]).toEqual([
      '2027-02-26',
      '00:00',
      '2027-02-26',
      ['2027-03-05'],
    ]);
    db.close();
  });

  it('refuses, changing nothing, when keeping the moment would run a session past midnight', () => {
    const { dispatch, call, db } = setup();
    const result = dispatch('settings.set', { timeZone: 'Asia/Tokyo', plannedSessions: 'instant' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_params', field: 'plannedSessions' } });
    expect(result.ok ? '' : result.error.message).toMatch(
      /Picnic on 2027-06-05 would run past midnight in Asia\/Tokyo/,
    );
    expect(call('settings.get', {}).timeZone).toBe('UTC');
    expect(listed(call('sessions.list', {}))[0]).toEqual(['Thursday playgroup', '2027-02-25', '10:00', '11:30', 'UTC']);
    db.close();
  });

  it('leaves sessions in their own zone when not asked to move them', () => {
    const { call, db } = setup();
    call('settings.set', { timeZone: 'America/Los_Angeles' });
    expect(call('sessions.list', {}).map((session) => session.timeZone)).toEqual(['UTC', 'UTC', 'UTC', 'UTC', 'UTC']);
    db.close();
  });
});
