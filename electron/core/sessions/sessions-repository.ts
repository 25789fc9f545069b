/**
 * Sessions in SQLite. A series is one `session_series` row plus one `sessions` row per occurrence, so
 * RSVPs and attendance attach to an occurrence; skipped dates live in `session_skip_dates`. Every change
 * is one transaction and bumps SEQUENCE on what it changed, so calendars take the update.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { SessionEditParsed, SessionInputParsed } from '../../../shared/api/session-schemas';
import { expandWeekly, type Expanded } from '../../../shared/domain/sessions/recurrence';
import { overlappingSessionIds } from '../../../shared/domain/sessions/overlap';
import type { SeriesInfo, Session, SessionDetail } from '../../../shared/domain/sessions/session';
import { calendarTimeZone } from '../calendar/calendar-time-zone';
import { SESSION_SELECT, toSession, type SessionRow } from './session-rows';

export interface SeriesRow {
  id: number;
  uid: string;
  interval_weeks: number;
  first_date: string;
  until_date: string | null;
  occurrence_count: number | null;
  sequence: number;
  title: string;
  description: string;
  start_time: string;
  end_time: string;
  time_zone: string;
  park_id: number | null;
  age_min_months: number | null;
  age_max_months: number | null;
}

type RepeatParsed = NonNullable<SessionInputParsed['repeat']>;

const notFound = () => new ApiFailure(apiError('not_found', 'That session no longer exists.'));
const invalid = (message: string, field: string) => new ApiFailure(apiError('invalid_params', message, field));

/** Identifiers that stay the same in every export, so calendars update rather than duplicate. */
export const newUid = (): string => `${randomUUID()}@village.local`;

export class SessionsRepository {
  private readonly db: Database;
  private readonly statements;

  constructor(db: Database) {
    this.db = db;
    this.statements = {
      all: db.prepare(`${SESSION_SELECT} WHERE (:from IS NULL OR s.date >= :from) AND (:to IS NULL OR s.date <= :to)
        AND (:includeCancelled = 1 OR s.status = 'scheduled') ORDER BY s.date, s.start_time, s.id`) as Statement<
        Record<string, unknown>,
        SessionRow
      >,
      byId: db.prepare(`${SESSION_SELECT} WHERE s.id = ?`) as Statement<[number], SessionRow>,
      sameParkDay: db.prepare(`${SESSION_SELECT} WHERE s.park_id = ? AND s.date = ?`) as Statement<
        [number, string],
        SessionRow
      >,
      ofSeries: db.prepare(`${SESSION_SELECT} WHERE s.series_id = ? ORDER BY s.date, s.id`) as Statement<
        [number],
        SessionRow
      >,
      series: db.prepare('SELECT * FROM session_series WHERE id = ?') as Statement<[number], SeriesRow>,
      skipDates: db
        .prepare('SELECT date FROM session_skip_dates WHERE series_id = ? ORDER BY date')
        .pluck() as Statement<[number], string>,
      park: db.prepare('SELECT archived_at FROM parks WHERE id = ?') as Statement<
        [number],
        { archived_at: string | null }
      >,
      insertSeries: db.prepare(`
        INSERT INTO session_series (uid, park_id, title, description, start_time, end_time, time_zone, interval_weeks, first_date,
          until_date, occurrence_count, age_min_months, age_max_months, capacity, created_at, updated_at)
        VALUES (:uid, :parkId, :title, :description, :startTime, :endTime, :timeZone, :intervalWeeks, :firstDate,
          :untilDate, :count, :ageMinMonths, :ageMaxMonths, :capacity, :now, :now)`),
      insertSkip: db.prepare('INSERT INTO session_skip_dates (series_id, date) VALUES (?, ?)'),
      insertSession: db.prepare(`
        INSERT INTO sessions (uid, series_id, park_id, title, description, date, start_time, end_time, time_zone,
          age_min_months, age_max_months, capacity, recurrence_date, created_at, updated_at)
        VALUES (:uid, :seriesId, :parkId, :title, :description, :date, :startTime, :endTime, :timeZone,
          :ageMinMonths, :ageMaxMonths, :capacity, :recurrenceDate, :now, :now)`),
      updateSession: db.prepare(`
        UPDATE sessions SET park_id = :parkId, title = :title, description = :description, date = :date, start_time = :startTime,
          end_time = :endTime, time_zone = :timeZone, age_min_months = :ageMinMonths, age_max_months = :ageMaxMonths,
          capacity = :capacity, is_exception = :isException, sequence = sequence + 1, updated_at = :now
        WHERE id = :id`),
      updateSeries: db.prepare(`
        UPDATE session_series SET park_id = :parkId, title = :title, description = :description, start_time = :startTime,
          end_time = :endTime, time_zone = :timeZone, age_min_months = :ageMinMonths, age_max_months = :ageMaxMonths,
          capacity = :capacity, sequence = sequence + 1, updated_at = :now
        WHERE id = :seriesId`),
      updateSeriesOccurrences: db.prepare(`
        UPDATE sessions SET park_id = :parkId, title = :title, description = :description, start_time = :startTime,
          end_time = :endTime, time_zone = :timeZone, age_min_months = :ageMinMonths, age_max_months = :ageMaxMonths,
          capacity = :capacity, sequence = sequence + 1, updated_at = :now
        WHERE series_id = :seriesId AND is_exception = 0 AND status = 'scheduled'`),
      usage: db.prepare(`SELECT (SELECT count(*) FROM rsvps WHERE session_id = :id) AS answers,
        (SELECT count(*) FROM attendance WHERE session_id = :id) AS attended`) as Statement<
        { id: number },
        { answers: number; attended: number }
      >,
      deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
      deleteSkips: db.prepare('DELETE FROM session_skip_dates WHERE series_id = ?'),
      updateRule:
        db.prepare(`UPDATE session_series SET interval_weeks = :intervalWeeks, until_date = :untilDate, occurrence_count = :count,
        updated_at = :now WHERE id = :seriesId`),
      bumpSeries: db.prepare(
        'UPDATE session_series SET sequence = sequence + 1, updated_at = :now WHERE id = :seriesId',
      ),
      cancelOne: db.prepare(
        `UPDATE sessions SET status = 'cancelled', sequence = sequence + 1, updated_at = :now WHERE id = :id AND status = 'scheduled'`,
      ),
      cancelFrom: db.prepare(`UPDATE sessions SET status = 'cancelled', sequence = sequence + 1, updated_at = :now
        WHERE series_id = :seriesId AND date >= :date AND status = 'scheduled'`),
    };
  }

  list(options: { from?: string | null; to?: string | null; includeCancelled?: boolean } = {}): Session[] {
    const rows = this.statements.all.all({
      from: options.from ?? null,
      to: options.to ?? null,
      includeCancelled: options.includeCancelled === false ? 0 : 1,
    });
    const flagged = overlappingSessionIds(rows.map((row) => toSession(row)));
    return rows.map((row) => toSession(row, flagged.has(row.id)));
  }

  get(id: number): SessionDetail {
    const row = this.statements.byId.get(id);
    if (!row) throw notFound();
    const sameDay = row.park_id === null ? [row] : this.statements.sameParkDay.all(row.park_id, row.date);
    const overlaps = overlappingSessionIds(sameDay.map((item) => toSession(item))).has(id);
    return { ...toSession(row, overlaps), series: row.series_id === null ? null : this.seriesInfo(row.series_id) };
  }

  /** The series row (for the calendar export) or a not-found error. */
  seriesRow(seriesId: number): SeriesRow {
    const row = this.statements.series.get(seriesId);
    if (!row) throw new ApiFailure(apiError('not_found', 'That series no longer exists.'));
    return row;
  }

  sessionRowsOfSeries(seriesId: number): SessionRow[] {
    return this.statements.ofSeries.all(seriesId);
  }

  skipDatesOf(seriesId: number): string[] {
    return this.statements.skipDates.all(seriesId);
  }

  create(input: SessionInputParsed, defaultTimeZone: string, now = new Date().toISOString()): SessionDetail {
    const timeZone = this.checkCommon(input, defaultTimeZone);
    const fields = { ...input, timeZone, now };
    const firstId = this.db
      .transaction(() => {
        if (!input.repeat) {
          return Number(
            this.statements.insertSession.run({ ...fields, uid: newUid(), seriesId: null, recurrenceDate: null })
              .lastInsertRowid,
          );
        }
        const repeat = input.repeat;
        const expanded = this.expand(input.date, repeat);
        const dates = expanded.dates;
        const skips = expanded.skipped;
        const seriesId = Number(
          this.statements.insertSeries.run({
            ...fields,
            uid: newUid(),
            intervalWeeks: repeat.intervalWeeks,
            firstDate: input.date,
            untilDate: repeat.untilDate,
            // Stored as RRULE's COUNT (skipped dates included), what the calendar file writes.
            count: repeat.count === null ? null : expanded.generated,
          }).lastInsertRowid,
        );
        for (const date of skips) this.statements.insertSkip.run(seriesId, date);
        let first = 0;
        for (const date of dates) {
          const id = Number(
            this.statements.insertSession.run({ ...fields, uid: newUid(), seriesId, date, recurrenceDate: date })
              .lastInsertRowid,
          );
          if (first === 0) first = id;
        }
        return first;
      })
      .immediate();
    return this.get(firstId);
  }

  update(
    id: number,
    scope: 'occurrence' | 'series',
    input: SessionEditParsed,
    defaultTimeZone: string,
    now = new Date().toISOString(),
  ): SessionDetail {
    this.db
      .transaction(() => {
        const current = this.statements.byId.get(id);
        if (!current) throw notFound();
        const timeZone = this.checkCommon(input, defaultTimeZone);
        const values = { ...input, timeZone, now, id, seriesId: current.series_id };
        if (scope === 'series' && current.series_id !== null) {
          if (input.date !== current.date) {
            throw invalid(
              'A new date applies to one session only: choose "Only this session" to move it.',
              'session.date',
            );
          }
          this.statements.updateSeries.run(values);
          this.statements.updateSeriesOccurrences.run(values);
          if (input.repeat) this.changeRule(this.seriesRow(current.series_id), input.repeat, values, now);
          return;
        }
        this.statements.updateSession.run({ ...values, isException: current.series_id === null ? 0 : 1 });
        if (current.series_id !== null) this.statements.bumpSeries.run({ now, seriesId: current.series_id });
      })
      .immediate();
    return this.get(id);
  }

  cancel(id: number, scope: 'occurrence' | 'series', now = new Date().toISOString()): SessionDetail {
    this.db
      .transaction(() => {
        const current = this.statements.byId.get(id);
        if (!current) throw notFound();
        if (current.status === 'cancelled') return;
        if (scope === 'series' && current.series_id !== null) {
          this.statements.cancelFrom.run({ now, seriesId: current.series_id, date: current.date });
        } else {
          this.statements.cancelOne.run({ now, id });
        }
        if (current.series_id !== null) this.statements.bumpSeries.run({ now, seriesId: current.series_id });
      })
      .immediate();
    return this.get(id);
  }

  /** The dates of a weekly rule, or an error naming the field to fix. */
  private expand(firstDate: string, repeat: RepeatParsed): Expanded {
    const expanded = expandWeekly({
      firstDate,
      intervalWeeks: repeat.intervalWeeks,
      untilDate: repeat.untilDate,
      count: repeat.count,
      skipDates: repeat.skipDates,
    });
    if (!expanded.ok) {
      const messages = {
        no_end: ['Say when the series ends: either an end date or a number of sessions.', 'repeat.count'],
        until_before_start: ['The series must end on or after its first date.', 'repeat.untilDate'],
        too_many: ['That series would have too many sessions; choose an earlier end date.', 'repeat.untilDate'],
      } as const;
      const [message, field] = messages[expanded.problem];
      throw invalid(message, field);
    }
    const reached = new Set(expanded.skipped);
    repeat.skipDates.forEach((date, index) => {
      if (!reached.has(date))
        throw invalid(`${date} is not one of the series' dates, so it cannot be skipped.`, `repeat.skipDates.${index}`);
    });
    if (expanded.dates.length === 0)
      throw invalid('Every date of the series is skipped; there would be no session.', 'repeat.skipDates');
    return expanded;
  }

  /**
   * A new rule or new skip dates for a whole series: sessions on dates the rule keeps stay (with their
   * answers), new dates get sessions, and a dropped date's session is deleted — or cancelled when families
   * answered for it (so their calendars remove it), or left as it was when attendance was taken.
   */
  private changeRule(series: SeriesRow, repeat: RepeatParsed, values: Record<string, unknown>, now: string): void {
    const expanded = this.expand(series.first_date, repeat);
    const keep = new Set(expanded.dates);
    const existing = new Map<string, SessionRow>();
    for (const row of this.statements.ofSeries.all(series.id)) {
      const date = row.recurrence_date ?? row.date;
      existing.set(date, row);
      if (keep.has(date)) continue;
      const usage = this.statements.usage.get({ id: row.id })!;
      if (usage.attended > 0) continue;
      if (usage.answers > 0) this.statements.cancelOne.run({ now, id: row.id });
      else this.statements.deleteSession.run(row.id);
    }
    for (const date of expanded.dates) {
      if (!existing.has(date))
        this.statements.insertSession.run({
          ...values,
          uid: newUid(),
          seriesId: series.id,
          date,
          recurrenceDate: date,
          now,
        });
    }
    this.statements.deleteSkips.run(series.id);
    for (const date of expanded.skipped) this.statements.insertSkip.run(series.id, date);
    this.statements.updateRule.run({
      seriesId: series.id,
      intervalWeeks: repeat.intervalWeeks,
      untilDate: repeat.untilDate,
      count: repeat.count === null ? null : expanded.generated,
      now,
    });
  }

  /** Checks the park and the time zone; returns the zone to store. */
  private checkCommon(
    input: { parkId: number | null; timeZone?: string | undefined },
    defaultTimeZone: string,
  ): string {
    if (input.parkId !== null) {
      const park = this.statements.park.get(input.parkId);
      if (!park) throw invalid('That park no longer exists; choose another one.', 'parkId');
    }
    return calendarTimeZone(input.timeZone ?? defaultTimeZone, 'timeZone');
  }

  private seriesInfo(seriesId: number): SeriesInfo {
    const series = this.seriesRow(seriesId);
    const skipDates = this.skipDatesOf(seriesId);
    return {
      id: series.id,
      intervalWeeks: series.interval_weeks,
      firstDate: series.first_date,
      untilDate: series.until_date,
      // Stored as RRULE's COUNT; the organizer counts the sessions held.
      occurrenceCount: series.occurrence_count === null ? null : series.occurrence_count - skipDates.length,
      skipDates,
      sessionIds: this.statements.ofSeries.all(seriesId).map((row) => row.id),
    };
  }
}
