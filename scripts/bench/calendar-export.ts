/**
 * `npm run bench` section: calendar export of 1,000 sessions with 30 answering families each (issue #5's
 * target: under 1 s on this machine).
 */
import { performance } from 'node:perf_hooks';
import { CalendarExport } from '../../electron/core/calendar/calendar-export';
import { buildIcs } from '../../electron/core/calendar/ics-builder';
import { openDatabase } from '../../electron/core/db/open-database';
import { RsvpsRepository } from '../../electron/core/sessions/rsvps-repository';

/**
 * 1,000 sessions (weekly series of 50, in two zones across DST changes) with 30 answering families each,
 * exported as one feed and as invites (ORGANIZER and 30 ATTENDEEs per event).
 */
function measure(
  runs: number,
  tempDb: () => string,
): { feed: number[]; invites: number[]; oneFile: number[]; bytes: number; oneFileBytes: number } {
  const db = openDatabase(tempDb());
  const now = new Date().toISOString();
  db.transaction(() => {
    db.prepare("INSERT INTO settings (key, value) VALUES ('organizerEmail', '\"rosa@example.org\"')").run();
    db.prepare(
      "INSERT INTO parks (id, name, address, created_at, updated_at) VALUES (1, 'Maple Park', '12 Elm St, Springfield', ?, ?)",
    ).run(now, now);
    const family = db.prepare('INSERT INTO families (parent_name, email, created_at, updated_at) VALUES (?, ?, ?, ?)');
    for (let index = 0; index < 30; index += 1)
      family.run(`Parent ${index}, "family" ${index}`, `parent${index}@example.org`, now, now);
    const series =
      db.prepare(`INSERT INTO session_series (uid, park_id, title, start_time, end_time, time_zone, first_date, occurrence_count, created_at, updated_at)
      VALUES (?, 1, 'Playgroup', '10:00', '11:30', ?, '2026-09-06', 50, ?, ?)`);
    const session =
      db.prepare(`INSERT INTO sessions (uid, series_id, park_id, title, description, date, start_time, end_time, time_zone,
        recurrence_date, created_at, updated_at)
      VALUES (?, ?, 1, 'Playgroup; bubbles, snacks', 'Bring water 🧃', ?, '10:00', '11:30', ?, ?, ?, ?)`);
    const rsvp = db.prepare(
      "INSERT INTO rsvps (session_id, family_id, status, created_at, updated_at) VALUES (?, ?, 'going', ?, ?)",
    );
    for (let seriesIndex = 0; seriesIndex < 20; seriesIndex += 1) {
      const zone = seriesIndex % 2 === 0 ? 'America/New_York' : 'Europe/Amsterdam';
      const seriesId = Number(series.run(`series-${seriesIndex}@bench`, zone, now, now).lastInsertRowid);
      for (let week = 0; week < 50; week += 1) {
        const date = new Date(Date.UTC(2026, 8, 6 + week * 7 + (seriesIndex % 7))).toISOString().slice(0, 10);
        const id = Number(
          session.run(`s-${seriesIndex}-${week}@bench`, seriesId, date, zone, date, now, now).lastInsertRowid,
        );
        for (let familyId = 1; familyId <= 30; familyId += 1) rsvp.run(id, familyId, now, now);
      }
    }
  })();
  const exporter = new CalendarExport(db);
  let bytes = 0;
  const feed = Array.from({ length: runs }, () => {
    const start = performance.now();
    bytes = exporter.export({ kind: 'all' }, { today: '2026-01-01' }).ics.length;
    return performance.now() - start;
  });
  // One REQUEST file holding all 1,000 sessions with their 30 attendees each: reading them and writing.
  const rows = db
    .prepare(
      'SELECT s.*, p.name AS park_name, p.address AS park_address FROM sessions s JOIN parks p ON p.id = s.park_id ORDER BY s.id',
    )
    .all() as {
    id: number;
    uid: string;
    sequence: number;
    title: string;
    description: string;
    park_name: string;
    park_address: string;
    date: string;
    start_time: string;
    end_time: string;
    time_zone: string;
  }[];
  const rsvps = new RsvpsRepository(db);
  let oneFileBytes = 0;
  const oneFile = Array.from({ length: runs }, () => {
    const start = performance.now();
    const attendees = rsvps.attendeesOf(rows.map((row) => row.id));
    oneFileBytes = buildIcs({
      method: 'REQUEST',
      name: 'Bench',
      organizer: { name: 'Rosa', email: 'rosa@example.org' },
      reminderMinutes: 60,
      events: rows.map((row) => ({
        uid: row.uid,
        sequence: row.sequence,
        title: row.title,
        description: row.description,
        locationName: row.park_name,
        locationAddress: row.park_address,
        date: row.date,
        startTime: row.start_time,
        endTime: row.end_time,
        timeZone: row.time_zone,
        cancelled: false,
        attendees: (attendees.get(row.id) ?? []).map((person) => ({
          name: person.parent_name,
          email: person.email,
          status: person.status,
        })),
      })),
    }).length;
    return performance.now() - start;
  });
  // Invites: each of the 1,000 sessions exported on its own, attendees included.
  const invites = Array.from({ length: Math.max(1, Math.floor(runs / 2)) }, () => {
    const start = performance.now();
    for (let id = 1; id <= 1000; id += 1) exporter.export({ kind: 'session', id });
    return performance.now() - start;
  });
  db.close();
  return { feed, invites, oneFile, bytes, oneFileBytes };
}

/** The printed lines of the section. */
export function benchCalendarExport(tempDb: () => string, stats: (samples: number[]) => string): string[] {
  const ics = measure(7, tempDb);
  return [
    'Calendar export (1,000 sessions × 30 attendees; target under 1 s)',
    `  feed of all 1,000 upcoming (${(ics.bytes / 1024 / 1024).toFixed(1)} MB)  ${stats(ics.feed)}`,
    `  one file, 1,000 events × 30 attendees (${(ics.oneFileBytes / 1024 / 1024).toFixed(1)} MB)  ${stats(ics.oneFile)}`,
    `  1,000 separate invite files            ${stats(ics.invites)}`,
  ];
}
