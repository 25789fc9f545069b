/**
 * Deleting a family means every byte of it is gone, also after it absorbed other records in merges:
 * backups taken before a merge hold each record under its own id (and the kept one under its created_at
 * from then), so the purge must find the family by every id and creation time it ever had.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsFolderFor, listBackups } from '../../electron/core/backup/backup-store';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import { coreInFolder } from '../support/core-in-folder';
import { parentNamesIn } from '../support/inspect-db';
import { tempDbPath } from '../support/temp-db';

const setup = coreInFolder;

/** Every file in the data folder (database, -wal, -shm, every backup and its own -wal/-shm), as bytes. */
function filesContaining(folder: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return (fs.readdirSync(folder, { recursive: true }) as string[]).filter((name) => {
    const file = path.join(folder, name);
    return fs.statSync(file).isFile() && fs.readFileSync(file).includes(needle);
  });
}

const kid = (name: string) => ({ name, birthDate: '2024-03-15', birthPrecision: 'day' as const });

describe('deleting a family after merges', () => {
  it('leaves no byte of any record it was merged from in any backup, WAL or SHM', () => {
    const { folder, runtime, call } = setup();
    // Created oldest first, so each merge moves the kept family's created_at back to the older record's.
    const oldest = call('families.create', {
      parentName: 'Ottoline Brackenridge',
      email: 'otto.b@example.org',
      notes: 'Walks from Fernhill',
      kids: [kid('Wilhelmina')],
    });
    const older = call('families.create', {
      parentName: 'Ottoline B.',
      email: 'otto.b@example.org',
      notes: 'Prefers mornings near the pond',
      kids: [kid('Thaddeus')],
    });
    const kept = call('families.create', {
      parentName: 'Otto Brackenridge',
      email: 'otto.b@example.org',
      phone: '555 0199 321',
      notes: 'Allergic to kiwi',
      kids: [kid('Zephyrine')],
    });
    const bystander = call('families.create', {
      parentName: 'Emma Larsen',
      email: 'emma@example.org',
      kids: [kid('Ivy')],
    });
    call('backups.create', {});
    // A chain: the oldest record goes into the older one, which then goes into the kept one.
    call('families.merge', { keepId: older.id, mergeId: oldest.id });
    call('families.merge', { keepId: kept.id, mergeId: older.id });
    call('backups.create', {});
    expect(
      listBackups(backupsFolderFor(path.join(folder, 'village.db'))).filter(
        (backup) => backup.reason === 'before-merge',
      ),
    ).toHaveLength(2);
    for (const text of ['Ottoline Brackenridge', 'Ottoline B.', 'Wilhelmina', 'Thaddeus', 'Zephyrine'])
      expect(filesContaining(folder, text).length, text).toBeGreaterThan(0);

    call('families.delete', { ids: [kept.id] });

    const traces = [
      'Ottoline Brackenridge',
      'Ottoline B.',
      'Otto Brackenridge',
      'otto.b@example.org',
      'Walks from Fernhill',
      'Prefers mornings near the pond',
      'Allergic to kiwi',
      '5550199321',
      'Wilhelmina',
      'Thaddeus',
      'Zephyrine',
    ];
    const found = (label: string) =>
      Object.fromEntries(
        traces
          .map((text) => [`${label}: ${text}`, filesContaining(folder, text)] as const)
          .filter(([, files]) => files.length > 0),
      );
    expect(found('while open')).toEqual({});
    runtime.close();
    expect(found('after closing')).toEqual({});
    // The other family is still in every backup.
    for (const backup of listBackups(path.join(folder, 'backups')))
      expect(parentNamesIn(path.join(folder, 'backups', backup.name))).toContain(bystander.parentName);
  });

  it('keeps a family that was put back by "Undo merge" in the backups when the other one is deleted', () => {
    const { folder, runtime, call } = setup();
    const first = call('families.create', {
      parentName: 'Priya Natarajan',
      email: 'priya@example.org',
      kids: [kid('Anika')],
    });
    const second = call('families.create', { parentName: 'Priya N.', email: 'priya@example.org', kids: [kid('Dev')] });
    const { undoId } = call('families.merge', { keepId: second.id, mergeId: first.id });
    const { family: restored } = call('families.unmerge', { undoId });
    call('families.delete', { ids: [second.id] });
    runtime.close();
    expect(filesContaining(folder, 'Priya N.')).toEqual([]);
    const beforeMerge = listBackups(path.join(folder, 'backups')).find((backup) => backup.reason === 'before-merge')!;
    expect(parentNamesIn(path.join(folder, 'backups', beforeMerge.name))).toEqual(['Priya Natarajan']);
    expect(restored.parentName).toBe('Priya Natarajan');
  });
});

describe('migration 010', () => {
  it('reads the past records of merges made before it from their undo records', () => {
    const db = openDatabase(tempDbPath(), { migrations: MIGRATIONS.filter((migration) => migration.version < 10) });
    db.prepare(
      "INSERT INTO families (id, parent_name, created_at, updated_at) VALUES (7, 'Kept', '2026-01-01T00:00:00.000Z', 'x')",
    ).run();
    const undo = {
      merged: { id: 3, parent_name: 'Merged', created_at: '2026-01-01T00:00:00.000Z' },
      filled: [{ column: 'created_at', before: '2026-02-02T00:00:00.000Z', after: '2026-01-01T00:00:00.000Z' }],
    };
    db.prepare(
      "INSERT INTO family_merges (kept_family_id, merged_family_id, undo_json, merged_at) VALUES (7, 3, ?, 'x'), (7, 4, 'not json', 'x')",
    ).run(JSON.stringify(undo));
    migrate(db);
    expect(
      db.prepare('SELECT family_id, past_id, past_created_at FROM family_past_records ORDER BY past_id').all(),
    ).toEqual([
      { family_id: 7, past_id: 3, past_created_at: '2026-01-01T00:00:00.000Z' },
      { family_id: 7, past_id: 7, past_created_at: '2026-02-02T00:00:00.000Z' },
    ]);
    db.close();
  });
});
