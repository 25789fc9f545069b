/** Check-in search over 20,000 families: the API call (validation, SQL, kids, ages) and the SQL alone. */
import { performance } from 'node:perf_hooks';
import { createDispatch } from '../../electron/core/api/dispatch';
import { SEARCH_SQL } from '../../electron/core/attendance/attendance-repository';
import { openDatabase } from '../../electron/core/db/open-database';
import { seedFamilies } from './seed-families';

const TERMS = ['ana', 'Reyes', 'mia', 'o', "o'b", 'Noor', 'zzz'];

export function benchAttendanceSearch(
  databasePath: string,
  families: number,
  runs: number,
): { api: number[]; sql: number[]; rows: number } {
  const db = openDatabase(databasePath);
  try {
    seedFamilies(db, families);
    const now = new Date().toISOString();
    const sessionId = Number(
      db
        .prepare(
          'INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, created_at, ' +
            "updated_at) VALUES ('bench@village', 'Bench', '2026-11-08', '10:00', '11:30', 'UTC', ?, ?)",
        )
        .run(now, now).lastInsertRowid,
    );
    const rsvp = db.prepare(
      "INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (?, ?, 'going', ?, ?)",
    );
    for (let id = 1; id <= families; id += families / 40) rsvp.run(sessionId, Math.floor(id), now, now);
    const dispatch = createDispatch({ db, databasePath, version: 'bench' }, () => undefined);
    const statement = db.prepare(SEARCH_SQL);
    const api: number[] = [];
    const sql: number[] = [];
    let rows = 0;
    for (let run = 0; run < runs; run += 1) {
      const term = TERMS[run % TERMS.length]!;
      let start = performance.now();
      const result = dispatch('attendance.search', { sessionId, search: term });
      api.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message);
      rows = Math.max(rows, (result.value as unknown[]).length);
      start = performance.now();
      statement.all({ sessionId, pattern: `%${term}%`, limit: 50 });
      sql.push(performance.now() - start);
    }
    return { api, sql, rows };
  } finally {
    db.close();
  }
}
