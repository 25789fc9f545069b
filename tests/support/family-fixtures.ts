/** Rows that other features write (sessions, RSVPs, attendance), inserted with plain SQL for tests. */
import type { Database } from 'better-sqlite3';

const NOW = '2026-11-01T10:00:00.000Z';

export function insertSession(db: Database, uid: string, date: string, title = 'Park playgroup'): number {
  return Number(
    db
      .prepare(
        'INSERT INTO sessions (uid, title, date, start_time, end_time, time_zone, created_at, ' +
          "updated_at) VALUES (?, ?, ?, '10:00', '11:00', 'Europe/Amsterdam', ?, ?)",
      )
      .run(uid, title, date, NOW, NOW).lastInsertRowid,
  );
}

export function insertRsvp(db: Database, sessionId: number, familyId: number, status = 'going'): void {
  db.prepare('INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    sessionId,
    familyId,
    status,
    NOW,
    NOW,
  );
}

export function insertAttendance(
  db: Database,
  sessionId: number,
  familyId: number,
  kidIds: number[] = [],
  walkIn = false,
): void {
  db.prepare('INSERT INTO attendance (session_id, family_id, checked_in_at, walk_in) VALUES (?, ?, ?, ?)').run(
    sessionId,
    familyId,
    NOW,
    walkIn ? 1 : 0,
  );
  for (const kid of kidIds)
    db.prepare('INSERT INTO attendance_kids (session_id, family_id, kid_id) VALUES (?, ?, ?)').run(
      sessionId,
      familyId,
      kid,
    );
}

/** Every row of the tables that hold something about families, for before/after comparisons. */
export function familyTables(db: Database): Record<string, unknown[]> {
  const tables = ['families', 'kids', 'family_tags', 'rsvps', 'attendance', 'attendance_kids', 'import_changes'];
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]));
}
