/**
 * Automatic backups in a `backups/` folder beside the database. Each is a complete, consistent copy made
 * with `VACUUM INTO`, which runs synchronously on the open connection: a backup taken "before an import"
 * is exactly the state the import starts from, with no write able to slip in between.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { makeFilePrivate, makePrivateFolder } from '../files/private-files';
import { backupsToKeep } from './retention';

export const BACKUP_REASONS = [
  'manual',
  'daily',
  'before-import',
  'before-merge',
  'before-migration',
  'before-restore',
  'before-undo',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** File name inside the backups folder: the only handle the API accepts, so no path comes from outside. */
  name: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
  /** For a backup before an import: the name of the file that was imported. */
  importedFile?: string;
}

/** What a backup remembers beside its file name, kept in a small JSON file next to it. */
export interface BackupNote {
  importedFile?: string;
}

const noteFileOf = (backupFile: string) => `${backupFile}.json`;

/** A note that is missing, unreadable or not ours is ignored: the backup itself is what matters. */
function readNote(backupFile: string): BackupNote {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(noteFileOf(backupFile), 'utf8'));
    const importedFile =
      typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).importedFile : undefined;
    return typeof importedFile === 'string' && importedFile !== '' ? { importedFile } : {};
  } catch {
    return {};
  }
}

const NAME = /^village-(\d{8}T\d{6}\d{3}Z)-([a-z-]+)\.db$/;

export function backupsFolderFor(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'backups');
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function dateOfStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

export function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME.exec(name);
  if (!match || !(BACKUP_REASONS as readonly string[]).includes(match[2]!)) return null;
  return { createdAt: dateOfStamp(match[1]!), reason: match[2] as BackupReason };
}

export function listBackups(folder: string): BackupInfo[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      if (!parsed) return [];
      const file = path.join(folder, name);
      return [{ name, ...parsed, bytes: fs.statSync(file).size, ...readNote(file) }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Removes automatic backups beyond the retention rule; manual backups are the organizer's and stay. */
export function pruneBackups(folder: string, now: Date = new Date()): string[] {
  const automatic = listBackups(folder).filter((backup) => backup.reason !== 'manual');
  const keep = backupsToKeep(automatic, now);
  const removed = automatic.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
  for (const name of removed) {
    fs.rmSync(path.join(folder, name), { force: true });
    fs.rmSync(noteFileOf(path.join(folder, name)), { force: true });
  }
  return removed;
}

export function snapshotDatabase(
  db: Database,
  folder: string,
  reason: BackupReason,
  now: Date = new Date(),
  note: BackupNote = {},
): BackupInfo {
  makePrivateFolder(folder);
  let when = now;
  let name = `village-${stampOf(when)}-${reason}.db`;
  // Two snapshots in the same millisecond (a test, a fast double click) get distinct names.
  while (fs.existsSync(path.join(folder, name))) {
    when = new Date(when.getTime() + 1);
    name = `village-${stampOf(when)}-${reason}.db`;
  }
  const target = path.join(folder, name);
  // Written under another name and renamed when complete: a backup cut short by a crash is never listed.
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  makeFilePrivate(partial);
  // The note goes first: a listed backup never lacks what it should say about itself.
  if (note.importedFile)
    fs.writeFileSync(noteFileOf(target), JSON.stringify({ importedFile: note.importedFile }), { mode: 0o600 });
  fs.renameSync(partial, target);
  pruneBackups(folder, now);
  return {
    name,
    createdAt: when.toISOString(),
    reason,
    bytes: fs.statSync(target).size,
    ...(note.importedFile ? { importedFile: note.importedFile } : {}),
  };
}

/** A daily backup when the newest backup is more than a day old (and there is something to keep). */
export function snapshotIfDue(db: Database, folder: string, now: Date = new Date()): BackupInfo | null {
  const hasData = (db.prepare('SELECT EXISTS (SELECT 1 FROM families)').pluck().get() as number) === 1;
  if (!hasData) return null;
  const newest = listBackups(folder)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < 86_400_000) return null;
  return snapshotDatabase(db, folder, 'daily', now);
}
