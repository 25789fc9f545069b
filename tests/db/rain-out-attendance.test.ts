/**
 * A rained-out session and the attendance figures, through the one dispatch on a real database: a session
 * moved for the weather still happens (families check in), but it is left out of the dashboard's figures,
 * and its attendance says it was rained out (its "said yes" list then reads "before the move", see
 * shared/domain/attendance/missed-list.ts).
 */
import { describe, expect, it } from 'vitest';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../shared/domain/calendar-date';
import { openCore } from '../support/core-calls';

describe('rained-out sessions in attendance', () => {
  it('a session moved for the weather keeps its check-ins but is left out of the figures', () => {
    const { call } = openCore();
    const daysAgo = (days: number) => formatIsoDate(addDays(parseIsoDate(localToday())!, -days));
    const session = (title: string, date: string) =>
      call('sessions.create', { title, date, startTime: '10:00', endTime: '11:00', timeZone: 'UTC' }).id;
    const dry = session('Dry Tuesday', daysAgo(8));
    const wet = session('Wet Tuesday', daysAgo(1));
    const mia = call('families.create', { parentName: 'Mia Jones' }).id;
    const noah = call('families.create', { parentName: 'Noah Park' }).id;
    call('rsvps.set', { sessionId: wet, familyId: noah, status: 'going' });
    call('sessions.rainout', { id: wet, action: { kind: 'move-to-time', startTime: '15:00' } });
    for (const sessionId of [dry, wet]) call('attendance.checkIn', { sessionId, familyId: mia });

    expect(call('attendance.session', { sessionId: wet }).session).toMatchObject({
      rainedOut: true,
      status: 'scheduled',
      startTime: '15:00',
    });
    expect(call('attendance.session', { sessionId: dry }).session.rainedOut).toBe(false);
    const dashboard = call('attendance.dashboard', {});
    expect(dashboard.perSession.map((row) => row.title)).toEqual(['Dry Tuesday']);
    // Mia came to one counted session: a first-timer, not a returner.
    expect(dashboard.firstTimers).toEqual({ firstTimers: 1, returned: 0 });
  });
});
