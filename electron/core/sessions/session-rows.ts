/** How a session row reads from SQLite, shared by the sessions repository and the calendar export. */
import type { Session, SessionStatus } from '../../../shared/domain/sessions/session';

export interface SessionRow {
  id: number;
  uid: string;
  series_id: number | null;
  park_id: number | null;
  park_name: string | null;
  park_address: string | null;
  park_map_url: string | null;
  title: string;
  description: string;
  date: string;
  start_time: string;
  end_time: string;
  time_zone: string;
  age_min_months: number | null;
  age_max_months: number | null;
  capacity: number | null;
  status: SessionStatus;
  is_exception: number;
  sequence: number;
  rained_out_at: string | null;
  recurrence_date: string | null;
  going: number;
  waitlisted: number;
}

export const SESSION_SELECT = `
  SELECT s.id, s.uid, s.series_id, s.park_id, p.name AS park_name, p.address AS park_address, p.map_url AS park_map_url, s.title, s.description,
    s.date, s.start_time, s.end_time, s.time_zone, s.age_min_months, s.age_max_months, s.capacity, s.status,
    s.is_exception, s.sequence, s.rained_out_at, s.recurrence_date,
    (SELECT count(*) FROM rsvps r WHERE r.session_id = s.id AND r.status = 'going') AS going,
    (SELECT count(*) FROM rsvps r WHERE r.session_id = s.id AND r.status = 'waitlisted') AS waitlisted
  FROM sessions s LEFT JOIN parks p ON p.id = s.park_id`;

export function toSession(row: SessionRow, overlaps = false): Session {
  return {
    id: row.id,
    uid: row.uid,
    seriesId: row.series_id,
    parkId: row.park_id,
    parkName: row.park_name ?? '',
    parkAddress: row.park_address ?? '',
    title: row.title,
    description: row.description,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    timeZone: row.time_zone,
    ageMinMonths: row.age_min_months,
    ageMaxMonths: row.age_max_months,
    capacity: row.capacity,
    status: row.status,
    isException: row.is_exception === 1,
    sequence: row.sequence,
    rainedOutAt: row.rained_out_at,
    going: row.going,
    waitlisted: row.waitlisted,
    overlaps,
  };
}
