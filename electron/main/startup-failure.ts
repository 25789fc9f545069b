/**
 * What the organizer reads when Village cannot start (anything but a database file it cannot open, which
 * the window explains itself and offers backups for). Electron's default for an uncaught start-up error is
 * an error box and a process that lives on holding the single-instance lock, so every later launch handed
 * over to it and quit: Village would not open again until that process was killed. Instead: this message,
 * then app.exit(1).
 */
import { NativeModuleError } from '../core/db/database-errors';

export interface StartupFailure {
  title: string;
  message: string;
}

export function describeStartupFailure(error: unknown, databasePath: string | null): StartupFailure {
  const title = 'Village could not start';
  if (error instanceof NativeModuleError) return { title, message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  // The file system names the very path that failed (e.g. the backups folder); else the database's.
  const failedPath = (error as { path?: unknown } | null)?.path;
  const place = typeof failedPath === 'string' ? failedPath : databasePath;
  const where = place ? ` (${place})` : '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return {
      title,
      message: `The disk is full, so Village could not prepare its data${where}. Free some space and open Village again.`,
    };
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return {
      title,
      message: `Village is not allowed to write to the folder for its data${where}. Choose another place with --db, or check the folder's permissions.`,
    };
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return {
      title,
      message: `Village could not create the folder for its data${where}: a file is in the way. Choose another place with --db.`,
    };
  }
  return {
    title,
    message:
      `Something went wrong while Village was starting: ${detail}. Your data was not ` +
      `changed. Please open Village again; if this keeps happening, send this message to whoever set Village up for you.`,
  };
}
