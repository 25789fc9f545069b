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

const ROSTER_COLUMNS = 'f.id, f.parent_name, f.second_parent_name, f.email, f.phone, f.neighborhood';
const VISIT_COLUMNS = 'v.first_visit, v.last_visit, coalesce(v.sessions_attended, 0) AS sessions_attended';

/** Each family's visits (sessions that have happened), for the families `which` allows. */
function visits(which: string): string {
  return `
    SELECT a.family_id, min(s.date) AS first_visit, max(s.date) AS last_visit, count(*) AS sessions_attended
    FROM attendance a JOIN sessions s ON s.id = a.session_id
    WHERE s.date <= :today AND ${which}
    GROUP BY a.family_id`;
}

/** Every family in parent-name order: one pass over attendance for all of them (about 30 ms for 20,000). */
const WHOLE_ROSTER_SQL = `
  SELECT ${ROSTER_COLUMNS}, ${VISIT_COLUMNS}
  FROM families f LEFT JOIN (${visits('1')}) v ON v.family_id = f.id
  ORDER BY f.parent_name COLLATE NOCASE, f.id`;

/**
 * The first `:limit` families of the same order, the window's first screenful: their visits are looked
 * up by family, where the whole roster's single pass (which SQLite materializes before the limit applies)
 * took 12–25 ms of the window's start for 40 rows of 20,000 families; this takes 0.2 ms.
 */
export const FIRST_ROWS_SQL = `
  WITH shown AS (
    SELECT ${ROSTER_COLUMNS} FROM families f ORDER BY f.parent_name COLLATE NOCASE, f.id LIMIT :limit
  )
  SELECT f.*, ${VISIT_COLUMNS}
  FROM shown f LEFT JOIN (${visits('a.family_id IN (SELECT id FROM shown)')}) v ON v.family_id = f.id
  ORDER BY f.parent_name COLLATE NOCASE, f.id`;

export class FamilyRoster {
  private readonly statements: {
    rows: Statement<{ today: string }, RosterRow>;
    firstRows: Statement<{ limit: number; today: string }, RosterRow>;
    kids: Statement<[], KidRow>;
    tags: Statement<[], TagRow>;
    kidsOf: Statement<[string], KidRow>;
    tagsOf: Statement<[string], TagRow>;
    origin: Statement<[number], OriginRow>;
    visits: Statement<[number], VisitRow>;
  };

  constructor(db: Database) {
    this.statements = {
      rows: db.prepare(WHOLE_ROSTER_SQL),
      firstRows: db.prepare(FIRST_ROWS_SQL),
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
    const rows =
      limit === undefined ? this.statements.rows.all({ today }) : this.statements.firstRows.all({ limit, today });
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
