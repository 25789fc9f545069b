/** Why a database file could not be opened, each with a sentence the organizer can act on. */
export type DatabaseOpenProblem = 'not_sqlite' | 'from_newer_version' | 'corrupt' | 'in_use' | 'cannot_open';

export class DatabaseOpenError extends Error {
  readonly problem: DatabaseOpenProblem;
  readonly path: string;
  constructor(problem: DatabaseOpenProblem, path: string, message: string) {
    super(message);
    this.name = 'DatabaseOpenError';
    this.problem = problem;
    this.path = path;
  }
}

/**
 * SQLite's engine itself (better-sqlite3's native binary) could not be loaded: the computer is too old
 * for the prebuilt binary (better-sqlite3's Linux builds need glibc 2.34: Ubuntu 22.04, Debian 12,
 * Fedora 35 or newer), the binary is for another system, or it is missing. No database file is at fault,
 * so this is not a DatabaseOpenError: restoring a backup cannot help, and the app must not offer it.
 */
export class NativeModuleError extends Error {
  readonly detail: string;
  constructor(detail: string) {
    const glibc = /GLIBC_[\d.]+/.exec(detail)?.[0];
    super(
      glibc
        ? `Village's database engine cannot run on this computer: it needs ` +
            `${glibc.replace('_', ' ')} or newer (Ubuntu 22.04, Debian 12, Fedora 35 or later). Your data is untouched.`
        : `Village's database engine could not be loaded on this computer ` +
            `(${detail.split('\n')[0]}). Your data is untouched; reinstalling Village usually fixes this.`,
    );
    this.name = 'NativeModuleError';
    this.detail = detail;
  }
}

/** Whether an error from loading better-sqlite3 is the native binary failing to load (dlopen, ABI, missing). */
export function isNativeModuleLoadFailure(error: unknown): boolean {
  const message = (error as Error | null)?.message ?? '';
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'ERR_DLOPEN_FAILED' ||
    /GLIBC_[\d.]+' not found|invalid ELF header|wrong ELF class|cannot open shared object file|NODE_MODULE_VERSION|Could not locate the bindings file|not a valid Win32 application|The specified module could not be found|mach-o, but wrong architecture|incompatible architecture|better_sqlite3\.node/.test(
      message,
    )
  );
}
