/** Opens the database and the API for one CLI command; every command goes through the same dispatch. */
import type { Database } from 'better-sqlite3';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import { createDispatch, type Dispatch } from '../core/api/dispatch';
import { APP_VERSION } from '../core/app-version';
import { resolveDatabasePath } from '../core/db/data-location';
import { openDatabase } from '../core/db/open-database';
import { RejectedError } from './cli-errors';

export interface OpenedCore {
  db: Database;
  databasePath: string;
  dispatch: Dispatch;
  /** Calls the API; a typed error becomes a RejectedError (exit code 1) naming the field. */
  call<M extends MethodName>(method: M, params: MethodParams<M>): MethodResult<M>;
}

export function openCore(dbFlag: string | undefined): OpenedCore {
  const databasePath = resolveDatabasePath({ flag: dbFlag });
  const db = openDatabase(databasePath);
  const dispatch = createDispatch({ db, databasePath, version: APP_VERSION });
  return {
    db,
    databasePath,
    dispatch,
    call(method, params) {
      const result = dispatch(method, params);
      if (!result.ok) throw new RejectedError(result.error.field ? `${result.error.message} (field: ${result.error.field})` : result.error.message);
      return result.value as MethodResult<typeof method>;
    },
  };
}

/** Runs `work` with the core open, and always closes the database. */
export async function withCore<T>(dbFlag: string | undefined, work: (core: OpenedCore) => T | Promise<T>): Promise<T> {
  const core = openCore(dbFlag);
  try {
    return await work(core);
  } finally {
    core.db.close();
  }
}
