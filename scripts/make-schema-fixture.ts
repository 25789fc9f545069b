/**
 * Freezes the current schema, with a row in every table, as tests/fixtures/schemas/vN.sql. Run it BEFORE
 * adding migration N+1, so the migration test proves that N+1 carries real data from N forward:
 *   npm run -s schema-fixture
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { schemaVersion } from '../electron/core/db/migrate';
import { openDatabase } from '../electron/core/db/open-database';
import { dumpDatabase } from '../tests/support/dump-database';
import { emptyTables, seedEverything } from '../tests/support/seed-everything';

const db = openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'village-fixture-')), 'village.db'));
seedEverything(db);
const empty = emptyTables(db);
if (empty.length > 0)
  throw new Error(`seedEverything leaves tables empty: ${empty.join(', ')}. Give them a row first.`);
const version = schemaVersion(db);
const file = path.resolve(import.meta.dirname, `../tests/fixtures/schemas/v${version}.sql`);
fs.writeFileSync(file, dumpDatabase(db));
db.close();
console.log(`Wrote ${path.relative(process.cwd(), file)} (schema version ${version}).`);
