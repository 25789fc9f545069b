/**
 * An attendee export (Meetup TSV, Eventbrite CSV) onto one session: parsed with papaparse, rows matched to
 * families by email, then phone digits, then name; matched families are checked in, and the rest can be
 * added as walk-ins.
 */
import type { Database, Statement } from 'better-sqlite3';
import Papa from 'papaparse';
import type { AttendanceImportResult } from '../../../shared/api/methods/attendance';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { EMAIL } from '../../../shared/domain/families/family';
import {
  attendeeRows,
  indexFamilies,
  matchAttendee,
  planColumns,
  type MatchableFamily,
} from '../../../shared/domain/attendance/attendee-matching';
import type { AttendanceRepository } from './attendance-repository';

export class AttendanceImporter {
  private readonly db: Database;
  private readonly attendance: AttendanceRepository;
  private readonly allFamilies: Statement<
    [],
    { id: number; parent_name: string; second_parent_name: string; email: string; phone: string }
  >;
  private readonly attended: Statement<[number, number], number>;

  constructor(db: Database, attendance: AttendanceRepository) {
    this.db = db;
    this.attendance = attendance;
    this.allFamilies = db.prepare('SELECT id, parent_name, second_parent_name, email, phone FROM families');
    this.attended = db
      .prepare<[number, number], number>('SELECT 1 FROM attendance WHERE session_id = ? AND family_id = ?')
      .pluck();
  }

  run(input: {
    sessionId: number;
    text: string;
    addUnmatchedAsWalkIns: boolean;
    dryRun: boolean;
  }): AttendanceImportResult {
    this.attendance.session(input.sessionId);
    const parsed = Papa.parse<string[]>(input.text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
    const cells = parsed.data.filter((row) => Array.isArray(row));
    const plan = planColumns(cells[0] ?? []);
    if (!plan) {
      throw new ApiFailure(
        apiError(
          'invalid_params',
          'The file has no name column (like "Name" or "First Name"), so Village cannot tell who came.',
          'text',
        ),
      );
    }
    const rows = attendeeRows(cells, plan);
    const families: MatchableFamily[] = this.allFamilies.all().map((row) => ({
      id: row.id,
      parentName: row.parent_name,
      secondParentName: row.second_parent_name,
      email: row.email,
      phone: row.phone,
    }));
    const names = new Map(families.map((family) => [family.id, family.parentName]));
    const index = indexFamilies(families);
    const result: AttendanceImportResult = {
      rows: rows.length,
      matched: [],
      unmatched: [],
      walkInsAdded: 0,
      checkedIn: 0,
    };
    for (const row of rows) {
      const match = matchAttendee(row, index);
      if (match)
        result.matched.push({
          line: row.line,
          name: row.name,
          familyId: match.familyId,
          parentName: names.get(match.familyId) ?? '',
          by: match.by,
        });
      else result.unmatched.push({ line: row.line, name: row.name, email: row.email, phone: row.phone });
    }
    if (input.dryRun) return result;

    this.db
      .transaction(() => {
        for (const match of result.matched) {
          if (this.attended.get(input.sessionId, match.familyId) === 1) continue;
          this.attendance.checkInWithin({ sessionId: input.sessionId, familyId: match.familyId }, { source: 'import' });
          result.checkedIn += 1;
        }
        if (!input.addUnmatchedAsWalkIns) return;
        for (const row of result.unmatched) {
          if (row.name === '') continue;
          this.attendance.walkIn({
            sessionId: input.sessionId,
            parentName: row.name.slice(0, 200),
            email: EMAIL.test(row.email) ? row.email.slice(0, 254) : '',
            phone: row.phone.slice(0, 40),
            kids: [],
          });
          result.walkInsAdded += 1;
          result.checkedIn += 1;
        }
      })
      .immediate();
    return result;
  }
}
