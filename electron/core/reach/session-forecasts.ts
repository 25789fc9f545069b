/**
 * The forecast as the app shows it: for one session (the session panel) and for the sessions of the next
 * 48 hours that are at risk (flagged in the sessions list). Read from the in-memory ForecastCache, so an
 * answer not fetched yet is "pending" and the page asks again shortly.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { ForecastRisks, SessionForecast } from '../../../shared/api/methods/reach';
import { addDays, formatIsoDate, localToday, parseIsoDate } from '../../../shared/domain/calendar-date';
import { forecastAtHour } from '../../../shared/domain/reach/forecast';
import { coordinatesFromMapLink } from '../../../shared/domain/reach/park-coordinates';
import { wallClockToInstant } from '../../../shared/domain/sessions/wall-clock';
import { SESSION_SELECT, type SessionRow } from '../sessions/session-rows';
import type { ForecastCache } from './forecast-cache';
import { NO_COORDINATES } from './forecast';

/** How far ahead the sessions list flags sessions at risk. */
export const RISK_WINDOW_HOURS = 48;

const PENDING: SessionForecast = { ok: false, pending: true, message: 'Reading the forecast…' };

export class SessionForecasts {
  private readonly cache: ForecastCache;
  private readonly statements: {
    one: Statement<[number], SessionRow>;
    between: Statement<[string, string], SessionRow>;
  };

  constructor(db: Database, cache: ForecastCache) {
    this.cache = cache;
    this.statements = {
      one: db.prepare(`${SESSION_SELECT} WHERE s.id = ?`),
      between: db.prepare(`${SESSION_SELECT} WHERE s.date BETWEEN ? AND ? AND s.status = 'scheduled'`),
    };
  }

  private forecastOf(row: SessionRow): SessionForecast {
    if (row.park_id === null) return { ok: false, message: 'The session has no park, so there is no forecast.' };
    const where = coordinatesFromMapLink(row.park_map_url ?? '');
    if (!where) return { ok: false, message: NO_COORDINATES };
    const answer = this.cache.read(where);
    if (answer === null) return PENDING;
    if (!answer.ok) return answer;
    return forecastAtHour(answer.hourly, wallClockToInstant(row.date, row.start_time, row.time_zone));
  }

  forSession(id: number): SessionForecast | null {
    const row = this.statements.one.get(id);
    return row ? this.forecastOf(row) : null;
  }

  /** Scheduled sessions starting in the next 48 hours whose forecast says rain or thunder. */
  risks(now: Date = new Date()): ForecastRisks {
    const today = parseIsoDate(localToday(now))!;
    // A day either side: sessions keep their own zones, which can be a day off the computer's.
    const rows = this.statements.between.all(formatIsoDate(addDays(today, -1)), formatIsoDate(addDays(today, 3)));
    const until = now.getTime() + RISK_WINDOW_HOURS * 3_600_000;
    let pending = false;
    const atRisk: ForecastRisks['atRisk'] = [];
    for (const row of rows) {
      const starts = wallClockToInstant(row.date, row.start_time, row.time_zone);
      if (starts < now.getTime() || starts > until) continue;
      const forecast = this.forecastOf(row);
      if (!forecast.ok) pending ||= 'pending' in forecast;
      else if (forecast.atRisk)
        atRisk.push({ sessionId: row.id, rainChance: forecast.rainChance, thunder: forecast.thunder });
    }
    return { pending, atRisk };
  }
}
