/**
 * The families table and a family's history, read in a few set-based queries: visits are worked out in
 * SQL from attendance joined to sessions, so 20,000 families cost one pass, not 20,000 queries.
 */
import { localToday } from '../../../shared/domain/calendar-date';
import type { Database, Statement } from 'better-sqlite3';
import type { FamilyHistory, FamilyRosterRow, FamilySource } from '../../../shared/domain/families/family';
import {
  KID_COLUMNS,
  familyContact,
  groupByFamily,
  toKid,
  type FamilyRow,
  type KidRow,
  type TagRow,
} from './family-rows';
import { familyNotFound } from './family-not-found';

interface RosterRow extends Pick<
  FamilyRow,
  'id' | 'parent_name' | 'second_parent_name' | 'email' | 'phone' | 'neighborhood'
> {
  first_visit: string | null;
  last_visit: string | null;
  sessions_attended: number;
}

interface OriginRow {
  source: FamilySource;
  created_at: string;
  file_name: string | null;
}

interface VisitRow {
  session_id: number;
  date: string;
  title: string;
  walk_in: number;
  kids_json: string;
}

export class FamilyRoster {
  private readonly statements: {
    rows: Statement<{ limit: number; today: string }, RosterRow>;
    kids: Statement<[], KidRow>;
    tags: Statement<[], TagRow>;
    kidsOf: Statement<[string], KidRow>;
    tagsOf: Statement<[string], TagRow>;
    origin: Statement<[number], OriginRow>;
    visits: Statement<[number], VisitRow>;
  };

  constructor(db: Database) {
    this.statements = {
      // One query for the whole roster and its first screenful (LIMIT -1 is no limit in SQLite). SQLite
      // pushes the family into the grouped visits, so 60 rows of 20,000 families with 100,000 check-ins
      // take 0.2 ms and the whole roster about 30 ms (the two queries this replaced took the same).
      rows: db.prepare(`
        SELECT f.id, f.parent_name, f.second_parent_name, f.email, f.phone, f.neighborhood,
               v.first_visit, v.last_visit, coalesce(v.sessions_attended, 0) AS sessions_attended
        FROM families f
        LEFT JOIN (
          SELECT a.family_id, min(s.date) AS first_visit, max(s.date) AS last_visit, count(*) AS sessions_attended
          FROM attendance a JOIN sessions s ON s.id = a.session_id
          WHERE s.date <= :today
          GROUP BY a.family_id
        ) v ON v.family_id = f.id
        ORDER BY f.parent_name COLLATE NOCASE, f.id
        LIMIT :limit`),
      kids: db.prepare(`SELECT ${KID_COLUMNS} FROM kids ORDER BY family_id, position, id`),
      kidsOf: db.prepare(
        `SELECT ${KID_COLUMNS} FROM kids WHERE family_id IN (SELECT value FROM json_each(?)) ORDER BY family_id, position, id`,
      ),
      tagsOf: db.prepare(
        'SELECT family_id, tag FROM family_tags WHERE family_id IN (SELECT value FROM json_each(?)) ORDER BY family_id, tag COLLATE NOCASE',
      ),
      tags: db.prepare('SELECT family_id, tag FROM family_tags ORDER BY family_id, tag COLLATE NOCASE'),
      origin: db.prepare(`
        SELECT f.source, f.created_at, b.file_name FROM families f LEFT JOIN import_batches b ON b.id = f.import_batch_id
        WHERE f.id = ?`),
      visits: db.prepare(`
        SELECT a.session_id, s.date, s.title, a.walk_in,
               (SELECT json_group_array(k.name) FROM attendance_kids ak JOIN kids k ON k.id = ak.kid_id
                 WHERE ak.session_id = a.session_id AND ak.family_id = a.family_id) AS kids_json
        FROM attendance a JOIN sessions s ON s.id = a.session_id
        WHERE a.family_id = ?
        ORDER BY s.date DESC, s.start_time DESC`),
    };
  }

  /**
   * Every family in parent-name order, or only the first `limit` of them. Visits are sessions that have
   * happened: a family checked in early to a later session has not been "seen" on a day still to come.
   */
  rows(limit?: number, today: string = localToday()): FamilyRosterRow[] {
    const rows = this.statements.rows.all({ limit: limit ?? -1, today });
    const ids = limit === undefined ? '' : JSON.stringify(rows.map((row) => row.id));
    const kids = groupByFamily(
      limit === undefined ? this.statements.kids.all() : this.statements.kidsOf.all(ids),
      toKid,
    );
    const tags = groupByFamily(
      limit === undefined ? this.statements.tags.all() : this.statements.tagsOf.all(ids),
      (row) => row.tag,
    );
    return rows.map((row) => ({
      ...familyContact(row),
      tags: tags.get(row.id) ?? [],
      kids: kids.get(row.id) ?? [],
      firstVisit: row.first_visit,
      lastVisit: row.last_visit,
      sessionsAttended: row.sessions_attended,
    }));
  }

  history(id: number, today: string = localToday()): FamilyHistory {
    const origin = this.statements.origin.get(id);
    if (!origin) throw familyNotFound();
    return {
      source: origin.source,
      importFileName: origin.file_name,
      addedAt: origin.created_at,
      visits: this.statements.visits.all(id).map((visit) => ({
        sessionId: visit.session_id,
        date: visit.date,
        title: visit.title,
        walkIn: visit.walk_in === 1,
        kids: JSON.parse(visit.kids_json) as string[],
        upcoming: visit.date > today,
      })),
    };
  }
}
