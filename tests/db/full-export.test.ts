import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open-database';
import { exportEverything, loadEverything } from '../../electron/core/export/full-export';
import { emptyTables, seedEverything } from '../support/seed-everything';
import { tempDbPath } from '../support/temp-db';

describe('export everything and load it back', () => {
  it('round-trips every table into an empty database with nothing lost', () => {
    const source = openDatabase(tempDbPath());
    seedEverything(source);
    expect(emptyTables(source)).toEqual([]);
    const exported = exportEverything(source, new Date('2026-11-23T12:00:00.000Z'));
    // Through JSON text, as the file on disk would be.
    const data = JSON.parse(JSON.stringify(exported)) as unknown;

    const target = openDatabase(tempDbPath());
    const result = loadEverything(target, data);
    expect(result.rows).toBe(Object.values(exported.tables).reduce((sum, rows) => sum + rows.length, 0));
    expect(exportEverything(target, new Date('2026-11-23T12:00:00.000Z'))).toEqual(exported);
    expect(target.pragma('foreign_key_check')).toEqual([]);
    source.close();
    target.close();
  });

  it('refuses to load into a database that already has data, and changes nothing', () => {
    const source = openDatabase(tempDbPath());
    seedEverything(source);
    const exported = exportEverything(source);
    const target = openDatabase(tempDbPath());
    target.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    expect(() => loadEverything(target, exported)).toThrow(/new, empty database/);
    expect(target.prepare('SELECT count(*) FROM families').pluck().get()).toBe(0);
    source.close();
    target.close();
  });

  it.each([
    ['not an export', { hello: 'world' }, /not a Village export/],
    [
      'a newer format',
      { format: 'village-export', formatVersion: 2, schemaVersion: 1, exportedAt: '', tables: {} },
      /newer Village/,
    ],
    [
      'an unknown table',
      { format: 'village-export', formatVersion: 1, schemaVersion: 1, exportedAt: '', tables: { secrets: [{ a: 1 }] } },
      /does not know: secrets/,
    ],
    [
      'an unknown column',
      {
        format: 'village-export',
        formatVersion: 1,
        schemaVersion: 1,
        exportedAt: '',
        tables: { settings: [{ key: 'a', value: 'b', 'value"); DROP TABLE families; --': 1 }] },
      },
      /column Village does not know/,
    ],
    [
      'a kid without its family',
      {
        format: 'village-export',
        formatVersion: 1,
        schemaVersion: 1,
        exportedAt: '',
        tables: {
          kids: [
            { id: 1, family_id: 99, name: 'A', birth_date: '2024-01-01', birth_precision: 'day', created_at: 'x' },
          ],
        },
      },
      /FOREIGN KEY/,
    ],
  ])('refuses %s and leaves the database empty', (_label, data, message) => {
    const target = openDatabase(tempDbPath());
    expect(() => loadEverything(target, data)).toThrow(message);
    expect(target.prepare('SELECT count(*) FROM kids').pluck().get()).toBe(0);
    expect(target.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'families'").pluck().get()).toBe(1);
    target.close();
  });
});
