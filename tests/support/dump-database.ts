/** A database as SQL text (schema, rows, user_version), for fixtures that stay readable in review. */
import type { Database } from 'better-sqlite3';

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return `'${String(value).replaceAll("'", "''")}'`;
}

export function dumpDatabase(db: Database): string {
  const lines = [`PRAGMA user_version = ${db.pragma('user_version', { simple: true }) as number};`];
  const objects = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rowid",
    )
    .all() as { type: string; name: string; sql: string }[];
  for (const object of objects) lines.push(`${object.sql};`);
  for (const { name } of objects.filter((object) => object.type === 'table')) {
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all() as Record<string, unknown>[]) {
      const columns = Object.keys(row);
      lines.push(
        `INSERT INTO "${name}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((column) => literal(row[column])).join(', ')});`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
