/**
 * Village's files hold children's names and birth dates: only the organizer's own account may read them.
 * New files are created 0600 and folders 0700 (a umask for the whole process), and files made before
 * that (by an older Village, or copied in) are tightened when Village opens them.
 *
 * Windows has no POSIX modes (files there inherit the folder's ACL, which is already per-user under
 * %APPDATA%), so all of this applies to Linux and macOS.
 */
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;
/** Takes group and other permissions away from everything the process creates. */
const PRIVATE_UMASK = 0o077;

const posix = process.platform !== 'win32';

/** Called first thing by the Electron main process and the CLI (which browser mode runs through). */
export function keepNewFilesPrivate(): void {
  if (!posix) return;
  try {
    process.umask(PRIVATE_UMASK);
  } catch {
    // Worker threads may not change the umask; the explicit modes below still apply there.
  }
}

function tighten(target: string, mode: number): void {
  if (!posix) return;
  try {
    const stat = fs.lstatSync(target);
    // A symlink is followed by chmod: leave whatever it points at (not Village's) alone.
    if (stat.isSymbolicLink() || (stat.mode & 0o777 & ~mode) === 0) return;
    fs.chmodSync(target, stat.mode & mode & 0o777);
  } catch (error) {
    // Gone meanwhile, or not ours to change (another account's file): Village still opens what it can read.
    if (!['ENOENT', 'EPERM', 'EACCES', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/** A file only the owner can read and write (no-op when it does not exist). */
export function makeFilePrivate(file: string): void {
  tighten(file, PRIVATE_FILE_MODE);
}

/** Creates the folder (and missing parents) 0700, and tightens it when it already exists. */
export function makePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  tighten(folder, PRIVATE_FOLDER_MODE);
}

/** The database with its -wal and -shm, as found when Village opens it. */
export function makeDatabaseFilesPrivate(databasePath: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) makeFilePrivate(databasePath + suffix);
}

/** The backups folder and every file in it (backups, and the -wal/-shm a restore copy may carry). */
export function makeBackupsPrivate(folder: string): void {
  if (!fs.existsSync(folder)) return;
  tighten(folder, PRIVATE_FOLDER_MODE);
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    if (fs.lstatSync(file).isFile()) makeFilePrivate(file);
  }
}
