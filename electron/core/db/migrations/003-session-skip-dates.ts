import type { Migration } from './types';

/**
 * Skip dates of a series (holidays): exported as EXDATE, so the series stays one calendar event.
 * `recurrence_date` keeps the date an occurrence had in its series when it is moved to another day, the
 * RECURRENCE-ID calendars use to find the occurrence it replaces (RFC 5545 §3.8.4.4).
 */
export const sessionSkipDates: Migration = {
  version: 3,
  description: 'series skip dates, and the series date of a moved occurrence',
  up(db) {
    db.exec(`
      CREATE TABLE session_skip_dates (
        series_id INTEGER NOT NULL REFERENCES session_series(id) ON DELETE CASCADE,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        PRIMARY KEY (series_id, date)
      ) STRICT, WITHOUT ROWID;

      ALTER TABLE sessions ADD COLUMN recurrence_date TEXT;
      UPDATE sessions SET recurrence_date = date WHERE series_id IS NOT NULL;
    `);
  },
};
