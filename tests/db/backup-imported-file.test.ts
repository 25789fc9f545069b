/** Issue 16: a backup "before an import" says which file was imported, in the API and the CLI. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupsFolderFor, listBackups, pruneBackups, snapshotDatabase } from '../../electron/core/backup/backup-store';
import { openDatabase } from '../../electron/core/db/open-database';
import { localToday } from '../../shared/domain/calendar-date';
import { addSession } from '../support/seed-sessions';
import { importSetup, sheet } from '../support/import-sheets';
import { village } from '../support/run-cli';
import { tempDbPath } from '../support/temp-db';

function setup() {
  const core = importSetup();
  core.call('families.create', { parentName: 'Dana Reyes', email: 'dana@example.org' });
  return core;
}

const SHEET = 'Timestamp,Your name,Email,Kids ages\n11/2/2026 9:14:00,Priya Natarajan,priya@example.org,2\n';

describe('backups before an import', () => {
  it('name the sign-up sheet that was imported', () => {
    const { db, databasePath, call } = setup();
    call('import.commit', sheet('Fall sign-ups (Responses).csv', SHEET));
    expect(call('backups.list', {})).toEqual([
      expect.objectContaining({ reason: 'before-import', importedFile: 'Fall sign-ups (Responses).csv' }),
    ]);
    db.close();
    expect(listBackups(backupsFolderFor(databasePath))[0]!.importedFile).toBe('Fall sign-ups (Responses).csv');
  });

  it('name the attendee list imported onto a session', () => {
    const { db, call } = setup();
    const session = addSession(db, { date: localToday() });
    call('attendance.importCsv', {
      sessionId: session,
      fileName: 'eventbrite-attendees.csv',
      text: 'First Name,Last Name,Email\nDana,Reyes,dana@example.org\n',
    });
    expect(call('backups.list', {})).toEqual([
      expect.objectContaining({ reason: 'before-import', importedFile: 'eventbrite-attendees.csv' }),
    ]);
    db.close();
  });

  it('are listed with the file by the CLI', async () => {
    const { db, databasePath, call } = setup();
    call('import.commit', sheet('signups.csv', SHEET));
    db.close();
    const listed = await village('backups', 'list', '--db', databasePath);
    expect(listed.out.join('\n')).toMatch(/before-import .*signups\.csv/);
  });

  it('other backups name nothing, and pruning a backup removes what it remembered', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    const folder = backupsFolderFor(file);
    const daily = snapshotDatabase(db, folder, 'daily', new Date('2026-01-01T10:00:00Z'));
    expect(daily).not.toHaveProperty('importedFile');
    const old = snapshotDatabase(db, folder, 'before-import', new Date('2026-01-01T11:00:00Z'), {
      importedFile: 'old.csv',
    });
    expect(old.importedFile).toBe('old.csv');
    for (let day = 1; day <= 12; day += 1)
      snapshotDatabase(db, folder, 'daily', new Date(`2026-03-${String(day).padStart(2, '0')}T10:00:00Z`));
    pruneBackups(folder, new Date('2026-03-12T12:00:00Z'));
    expect(fs.readdirSync(folder).filter((name) => name.includes(old.name))).toEqual([]);
    db.close();
  });
});
