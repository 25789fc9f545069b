/**
 * Everything in one JSON document: every table, every row, with the schema version it was written at.
 * Tables are discovered from the database itself, so a table added by a later migration is exported
 * without anyone remembering to list it.
 */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { migrate, schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../db/migrations';
import { checkExportRows, ExportRowError } from './export-row-rules';

export const EXPORT_FORMAT = 'village-export';

export interface FullExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: 1;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: 'This file is not a Village export.' }),
  formatVersion: z.literal(1, { error: 'This export was made by a newer Village.' }),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))),
});

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

export function userTables(db: Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

function columnsOf(db: Database, table: string): string[] {
  return db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[];
}

export function exportEverything(db: Database, now: Date = new Date()): FullExport {
  // One read transaction: the export is a consistent snapshot even while the app keeps writing.
  return db
    .transaction(() => {
      const tables: FullExport['tables'] = {};
      for (const table of userTables(db)) {
        const order = columnsOf(db, table)[0]!;
        tables[table] = db.prepare(`SELECT * FROM ${quote(table)} ORDER BY ${quote(order)}`).all() as Record<
          string,
          unknown
        >[];
      }
      const result: FullExport = {
        format: EXPORT_FORMAT,
        formatVersion: 1,
        schemaVersion: schemaVersion(db),
        exportedAt: now.toISOString(),
        tables,
      };
      return result;
    })
    .deferred();
}

function rebuildEmptyAt0(db: Database): void {
  // Tables go in name order, so a parent may go before its children: foreign keys are off meanwhile
  // (the pragma only takes effect outside a transaction).
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const table of userTables(db)) db.exec(`DROP TABLE ${quote(table)}`);
      db.pragma('user_version = 0');
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

function isEmpty(db: Database): boolean {
  return userTables(db).every(
    (table) =>
      db
        .prepare(`SELECT NOT EXISTS (SELECT 1 FROM ${quote(table)})`)
        .pluck()
        .get() === 1,
  );
}

/**
 * Loads an export into an EMPTY database: the database is brought to the export's schema version, the
 * rows go in, and the remaining migrations carry them forward, so an export from an older Village loads
 * too. All in one transaction; foreign keys are checked at commit.
 */
export function loadEverything(db: Database, input: unknown): { tables: number; rows: number } {
  const parsed = exportSchema.safeParse(input);
  if (!parsed.success)
    throw new ApiFailure(
      apiError('invalid_params', parsed.error.issues[0]?.message ?? 'This file is not a Village export.'),
    );
  const data = parsed.data;
  if (data.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new ApiFailure(
      apiError('invalid_params', 'This export was made by a newer version of Village; update Village to load it.'),
    );
  }
  try {
    checkExportRows(data.tables);
  } catch (error) {
    if (error instanceof ExportRowError)
      throw new ApiFailure(apiError('invalid_params', `${error.message} Nothing was loaded.`));
    throw error;
  }
  if (!isEmpty(db)) {
    throw new ApiFailure(
      apiError(
        'invalid_params',
        'An export can only be loaded into a new, empty database. Choose a new file with --db.',
      ),
    );
  }
  // A new database is created at the latest schema; an older export goes in at its own version and is
  // migrated forward, so the empty tables are rebuilt at that version first (nothing is in them to lose).
  if (schemaVersion(db) > data.schemaVersion) rebuildEmptyAt0(db);
  migrate(
    db,
    MIGRATIONS.filter((migration) => migration.version <= data.schemaVersion),
  );
  let rows = 0;
  const load = db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    const known = new Set(userTables(db));
    for (const [table, records] of Object.entries(data.tables)) {
      if (!known.has(table))
        throw new ApiFailure(apiError('invalid_params', `The export has a table Village does not know: ${table}.`));
      const columns = new Set(columnsOf(db, table));
      for (const record of records) {
        const keys = Object.keys(record);
        const unknown = keys.find((key) => !columns.has(key));
        if (unknown)
          throw new ApiFailure(
            apiError('invalid_params', `The export has a column Village does not know: ${table}.${unknown}.`),
          );
        db.prepare(
          `INSERT INTO ${quote(table)} (${keys.map(quote).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
        ).run(...keys.map((key) => record[key]));
        rows += 1;
      }
    }
  });
  try {
    load.immediate();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new ApiFailure(
        apiError(
          'invalid_params',
          'The export is incomplete: some rows refer to rows that are not in it (FOREIGN KEY). Nothing was loaded.',
        ),
      );
    }
    throw error;
  }
  migrate(db);
  return { tables: Object.keys(data.tables).length, rows };
}
