/**
 * Moves the planned sessions of one zone to another when the organizer changes her time zone, keeping
 * either their wall-clock times or their instants (shared/domain/sessions/zone-move.ts). One-off
 * sessions from today on move; a series moves whole (its RRULE has one zone) when any of its sessions is
 * still to come. Keeping instants across zones whose daylight-saving dates differ gives some occurrences
 * another clock time than the series: those become occurrences edited apart (RECURRENCE-ID overrides).
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { movedTimes, shiftDate, type PlannedTimes, type ZoneMoveKeep } from '../../../shared/domain/sessions/zone-move';
import type { SeriesRow } from './sessions-repository';

interface MovingRow {
  id: number;
  series_id: number | null;
  title: string;
  date: string;
  start_time: string;
  end_time: string;
  recurrence_date: string | null;
  is_exception: number;
}

export class SessionZoneMove {
  private readonly statements: {
    series: Statement<{ from: string; today: string }, SeriesRow>;
    ofSeries: Statement<{ seriesId: number; from: string }, MovingRow>;
    oneOffs: Statement<{ from: string; today: string }, MovingRow>;
    skipDates: Statement<[number], string>;
    updateSeries: Statement<Record<string, unknown>>;
    updateSkip: Statement<Record<string, unknown>>;
    updateSession: Statement<Record<string, unknown>>;
  };

  constructor(db: Database) {
    const row = 'id, series_id, title, date, start_time, end_time, recurrence_date, is_exception';
    this.statements = {
      series: db.prepare(`SELECT * FROM session_series ss WHERE ss.time_zone = :from
        AND EXISTS (SELECT 1 FROM sessions s WHERE s.series_id = ss.id AND s.date >= :today) ORDER BY ss.id`),
      ofSeries: db.prepare(
        `SELECT ${row} FROM sessions WHERE series_id = :seriesId AND time_zone = :from ORDER BY date`,
      ),
      oneOffs: db.prepare(
        `SELECT ${row} FROM sessions WHERE series_id IS NULL AND time_zone = :from AND date >= :today ORDER BY date`,
      ),
      skipDates: db
        .prepare('SELECT date FROM session_skip_dates WHERE series_id = ? ORDER BY date')
        .pluck() as Statement<[number], string>,
      updateSeries:
        db.prepare(`UPDATE session_series SET first_date = :firstDate, until_date = :untilDate, start_time = :startTime,
        end_time = :endTime, time_zone = :to, sequence = sequence + 1, updated_at = :now WHERE id = :id`),
      updateSkip: db.prepare('UPDATE session_skip_dates SET date = :date WHERE series_id = :seriesId AND date = :old'),
      updateSession:
        db.prepare(`UPDATE sessions SET date = :date, start_time = :startTime, end_time = :endTime, time_zone = :to,
        recurrence_date = :recurrenceDate, is_exception = :isException, sequence = sequence + 1, updated_at = :now WHERE id = :id`),
    };
  }

  /** Moves them (call inside a transaction); returns how many sessions moved. */
  move(from: string, to: string, keep: ZoneMoveKeep, today: string, now: string): number {
    if (from === to) return 0;
    const times = (row: { title: string; date: string; start_time: string; end_time: string }): PlannedTimes => {
      const moved = movedTimes({ date: row.date, startTime: row.start_time, endTime: row.end_time }, from, to, keep);
      if (moved) return moved;
      throw new ApiFailure(
        apiError(
          'invalid_params',
          `Keeping the same moment, ${row.title} on ${row.date} would run past midnight in ${to}; keep the clock times instead, or move it first.`,
          'plannedSessions',
        ),
      );
    };
    let moved = 0;
    for (const series of this.statements.series.all({ from, today })) {
      const master = times({
        title: series.title,
        date: series.first_date,
        start_time: series.start_time,
        end_time: series.end_time,
      });
      const shift = (date: string) => shiftDate(date, series.first_date, master.date);
      const skips = this.statements.skipDates.all(series.id);
      // Shift the latest first when moving later (and the earliest first when earlier), so no two rows share a date mid-way.
      for (const old of master.date > series.first_date ? [...skips].reverse() : skips)
        this.statements.updateSkip.run({ seriesId: series.id, old, date: shift(old) });
      this.statements.updateSeries.run({
        id: series.id,
        firstDate: master.date,
        untilDate: series.until_date === null ? null : shift(series.until_date),
        startTime: master.startTime,
        endTime: master.endTime,
        to,
        now,
      });
      for (const row of this.statements.ofSeries.all({ seriesId: series.id, from })) {
        const own = times(row);
        const recurrenceDate = shift(row.recurrence_date ?? row.date);
        const apart =
          row.is_exception === 1 ||
          own.date !== recurrenceDate ||
          own.startTime !== master.startTime ||
          own.endTime !== master.endTime;
        this.statements.updateSession.run({ id: row.id, ...own, to, recurrenceDate, isException: apart ? 1 : 0, now });
        moved += 1;
      }
    }
    for (const row of this.statements.oneOffs.all({ from, today })) {
      this.statements.updateSession.run({ id: row.id, ...times(row), to, recurrenceDate: null, isException: 0, now });
      moved += 1;
    }
    return moved;
  }
}
