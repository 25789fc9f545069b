/**
 * The core as a running app holds it (Electron main, browser mode, the CLI): one open database, the API
 * dispatch over it, automatic backups, and restore, which swaps the database underneath a dispatch that
 * stays the same function for its callers.
 *
 * When the database cannot be opened (not SQLite, from a newer Village, damaged, in use), the runtime
 * still starts, in recovery: `app.status` explains the problem and backups can be listed and restored;
 * every other method answers `database_unavailable`. The unreadable file is never written to.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import { createDispatch, dispatchTo, type Dispatch } from '../api/dispatch';
import { backupsFolderFor, snapshotDatabase, snapshotIfDue } from '../backup/backup-store';
import { recoveryHandlers } from '../backup/backups-handlers';
import { checkRestorable, preserveCurrent, replaceDatabaseFile, type RestoreResult } from '../backup/restore';
import { DatabaseOpenError } from '../db/database-errors';
import { defaultDataFolder } from '../db/data-location';
import { openDatabase } from '../db/open-database';
import { makeBackupsPrivate, makePrivateFolder } from '../files/private-files';
import { progressMeter, type ProgressSink } from '../work/progress-meter';

export interface CoreRuntime {
  readonly databasePath: string;
  /** Why the database could not be opened, or null when it is open. */
  readonly problem: DatabaseOpenError | null;
  /** The open database (throws the open problem when there is none). */
  readonly db: Database;
  readonly dispatch: Dispatch;
  restoreFrom(file: string): RestoreResult;
  /** Takes the daily backup if one is due; the app calls this now and then while it runs. */
  backupIfDue(): void;
  /**
   * Lets go of the database while another connection replaces the file (a restore done off the main
   * thread): until resume(), every call answers database_busy with `message`.
   */
  suspend(message: string): void;
  /** Opens the database again after suspend() (in recovery if it cannot be opened). */
  resume(): void;
  close(): void;
}

export interface RuntimeOptions {
  databasePath: string;
  version: string;
  log?: (line: string) => void;
  /** Take the daily backup on opening when due (false for the long-work worker: the app already did). */
  dailyBackup?: boolean;
  /** Told how far along long work is (the long-work worker passes it on to the page). */
  progress?: ProgressSink;
}

const RESTORE_STEPS = 4;

export function openCoreRuntime({
  databasePath,
  version,
  log = (line) => console.error(line),
  dailyBackup = true,
  progress,
}: RuntimeOptions): CoreRuntime {
  const folder = backupsFolderFor(databasePath);
  // Village's own folder is tightened; a folder chosen with --db is the organizer's, its files are not.
  if (path.dirname(databasePath) === defaultDataFolder()) makePrivateFolder(path.dirname(databasePath));
  makeBackupsPrivate(folder);
  let db: Database | null = null;
  let problem: DatabaseOpenError | null = null;
  let current: Dispatch;

  const open = () => {
    db = openDatabase(databasePath, {
      beforeMigrate: (database) => snapshotDatabase(database, folder, 'before-migration'),
    });
    problem = null;
    current = createDispatch({ db, databasePath, version, restoreFrom, ...(progress ? { progress } : {}) }, log);
  };

  const enterRecovery = (error: DatabaseOpenError) => {
    db = null;
    problem = error;
    const unavailable = apiError('database_unavailable', error.message);
    const status = () => ({ state: 'problem' as const, problem: error.problem, message: error.message, databasePath });
    current = dispatchTo(recoveryHandlers(databasePath, status, restoreFrom), log, unavailable);
  };

  function restoreFrom(file: string): RestoreResult {
    // Four steps, each one SQLite or file-system call whose length cannot be counted from here.
    const meter = progressMeter(progress, 'backups.restore');
    meter.phase('checking-backup', RESTORE_STEPS, 0);
    checkRestorable(file);
    meter.phase('saving-current', RESTORE_STEPS, 1);
    const safety = preserveCurrent(databasePath, db);
    (db as Database | null)?.close();
    db = null;
    try {
      meter.phase('replacing', RESTORE_STEPS, 2);
      replaceDatabaseFile(databasePath, file);
      meter.phase('reopening', RESTORE_STEPS, 3);
      open();
    } catch (error) {
      // Put back what was there, so a failed restore loses nothing either.
      if (safety) replaceDatabaseFile(databasePath, `${folder}/${safety.name}`);
      try {
        open();
      } catch (reopenError) {
        if (reopenError instanceof DatabaseOpenError) enterRecovery(reopenError);
      }
      throw error instanceof ApiFailure
        ? error
        : new ApiFailure(apiError('internal', 'Village could not restore that backup; your data is as it was.'));
    }
    return { restored: file.split(/[\\/]/).pop()!, safetyBackup: safety?.name ?? null };
  }

  try {
    open();
    if (dailyBackup) snapshotIfDue(db!, folder);
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
    enterRecovery(error);
  }

  return {
    databasePath,
    get problem() {
      return problem;
    },
    get db() {
      if (!db) throw problem ?? new Error('The database is closed.');
      return db;
    },
    dispatch: (method, params) => current(method, params),
    restoreFrom,
    backupIfDue: () => {
      if (db) snapshotIfDue(db, folder);
    },
    suspend: (message) => {
      (db as Database | null)?.close();
      db = null;
      const busy = apiError('database_busy', message);
      current = () => ({ ok: false, error: busy });
    },
    resume: () => {
      try {
        open();
      } catch (error) {
        if (!(error instanceof DatabaseOpenError)) throw error;
        enterRecovery(error);
      }
    },
    close: () => {
      (db as Database | null)?.close();
      db = null;
    },
  };
}
