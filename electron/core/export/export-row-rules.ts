/**
 * An export being loaded is checked row by row with the API's own schemas (shared/api/): a birth date,
 * a time, a zone, a name or a count the app would refuse when typed is refused in a file too, so nothing
 * loaded can later break a screen or a command. Each row is read back as the API input it stands for
 * (column → field), and a refusal names the table, the row and the column.
 */
import { z } from 'zod';
import { circleNameSchema } from '../../../shared/api/methods/connections';
import { preferencesMethods } from '../../../shared/api/methods/preferences';
import { reachMethods } from '../../../shared/api/methods/reach';
import { settingsInputSchema } from '../../../shared/api/methods/settings';
import { familyInputSchema, isoDateSchema, kidInputSchema, tagSchema } from '../../../shared/api/schemas';
import { parkInputSchema, repeatSchema, sessionEditSchema } from '../../../shared/api/session-schemas';

type Row = Record<string, unknown>;

/** One schema applied to some of a row's columns: API field → column. */
interface RowCheck {
  schema: z.ZodType;
  columns: Record<string, string>;
  /** The input, when it is not simply each field's column value. */
  input?: Record<string, unknown>;
}

const SESSION_COLUMNS = {
  title: 'title',
  parkId: 'park_id',
  date: 'date',
  startTime: 'start_time',
  endTime: 'end_time',
  timeZone: 'time_zone',
  ageMinMonths: 'age_min_months',
  ageMaxMonths: 'age_max_months',
  capacity: 'capacity',
  description: 'description',
};

const PREFERENCE_PREFIX = 'pref:';
const settingKeys = new Set(Object.keys(settingsInputSchema.shape));
const NOT_JSON = Symbol('not JSON');

function storedJson(text: unknown): unknown {
  try {
    return JSON.parse(String(text)) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** The checks for one row of `table`; tables without API rules are left to the database's own checks. */
function checksFor(table: string, row: Row): RowCheck[] {
  switch (table) {
    case 'families':
      return [
        {
          schema: familyInputSchema,
          columns: {
            parentName: 'parent_name',
            secondParentName: 'second_parent_name',
            email: 'email',
            phone: 'phone',
            neighborhood: 'neighborhood',
            notes: 'notes',
            contactPreference: 'contact_preference',
          },
        },
      ];
    case 'kids':
      return [
        {
          schema: kidInputSchema,
          columns: { name: 'name', birthDate: 'birth_date', birthPrecision: 'birth_precision' },
        },
      ];
    case 'family_tags':
      return [{ schema: z.strictObject({ tag: tagSchema }), columns: { tag: 'tag' } }];
    case 'message_templates':
      return [
        { schema: reachMethods['templates.save'].params, columns: { kind: 'kind', subject: 'subject', body: 'body' } },
      ];
    case 'parks':
      return [
        { schema: parkInputSchema, columns: { name: 'name', address: 'address', notes: 'notes', mapUrl: 'map_url' } },
      ];
    case 'sessions':
      return [{ schema: sessionEditSchema, columns: SESSION_COLUMNS }];
    case 'session_series':
      return [
        { schema: sessionEditSchema, columns: { ...SESSION_COLUMNS, date: 'first_date' } },
        {
          schema: repeatSchema,
          columns: { intervalWeeks: 'interval_weeks', untilDate: 'until_date', count: 'occurrence_count' },
        },
      ];
    case 'circles':
      return [{ schema: z.strictObject({ name: circleNameSchema }), columns: { name: 'name' } }];
    case 'session_skip_dates':
      return [{ schema: z.strictObject({ date: isoDateSchema }), columns: { date: 'date' } }];
    case 'settings': {
      const key = String(row.key);
      if (key.startsWith(PREFERENCE_PREFIX)) {
        const input = { key: key.slice(PREFERENCE_PREFIX.length), value: storedJson(row.value) };
        return [
          { schema: preferencesMethods['preferences.set'].params, columns: { key: 'key', value: 'value' }, input },
        ];
      }
      if (!settingKeys.has(key)) return [];
      return [{ schema: settingsInputSchema, columns: { [key]: 'value' }, input: { [key]: storedJson(row.value) } }];
    }
    default:
      return [];
  }
}

export class ExportRowError extends Error {}

function describeRow(table: string, index: number, row: Row): string {
  const handle =
    row.id !== undefined && row.id !== null
      ? ` (id ${String(row.id)})`
      : row.key !== undefined
        ? ` (key ${String(row.key)})`
        : '';
  return `table ${table}, row ${index + 1}${handle}`;
}

/** Throws an ExportRowError naming the first row the API's rules refuse. */
export function checkExportRows(tables: Record<string, Row[]>): void {
  for (const [table, rows] of Object.entries(tables)) {
    rows.forEach((row, index) => {
      for (const check of checksFor(table, row)) {
        // A column the export does not have (an older version) is left out, so the field's default applies.
        const input =
          check.input ??
          Object.fromEntries(
            Object.entries(check.columns).flatMap(([field, column]) =>
              row[column] === undefined ? [] : [[field, row[column]]],
            ),
          );
        const result = check.schema.safeParse(input);
        if (result.success) continue;
        const issue = result.error.issues[0]!;
        const column = check.columns[String(issue.path[0])] ?? Object.values(check.columns)[0]!;
        throw new ExportRowError(
          `The export cannot be loaded: ${describeRow(table, index, row)}, field ${column}: ${issue.message}`,
        );
      }
    });
  }
  checkKidsPerFamily(tables.kids ?? []);
}

/** A family holds at most as many kids as the API lets one family have (its kids list's own limit). */
function checkKidsPerFamily(kids: Row[]): void {
  const counts = new Map<unknown, number>();
  for (const kid of kids) counts.set(kid.family_id, (counts.get(kid.family_id) ?? 0) + 1);
  const kidsField = familyInputSchema.shape.kids;
  for (const [familyId, count] of counts) {
    const sample = Array.from({ length: count }, () => ({ birthDate: '2024-01-01', birthPrecision: 'day' }));
    const result = kidsField.safeParse(sample);
    if (!result.success) {
      throw new ExportRowError(
        `The export cannot be loaded: table kids, field family_id: family ${String(familyId)} has ${count} kids. ${result.error.issues[0]!.message}`,
      );
    }
  }
}
