/** Opens the core for one CLI command; every command goes through the same runtime and dispatch. */
import type { Database } from 'better-sqlite3';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import type { Dispatch } from '../core/api/dispatch';
import { APP_VERSION } from '../core/app-version';
import { resolveDatabasePath } from '../core/db/data-location';
import { openCoreRuntime, type CoreRuntime } from '../core/runtime/core-runtime';
import { RejectedError } from './cli-errors';

export interface OpenedCore {
  db: Database;
  databasePath: string;
  dispatch: Dispatch;
  runtime: CoreRuntime;
  /** Calls the API; a typed error becomes a RejectedError (exit code 1) naming the field. */
  call<M extends MethodName>(method: M, params: MethodParams<M>): MethodResult<M>;
}

/** The runtime, even when its database cannot be opened (for `serve` and `restore`, which can recover). */
export function openRuntime(dbFlag: string | undefined): CoreRuntime {
  return openCoreRuntime({ databasePath: resolveDatabasePath({ flag: dbFlag }), version: APP_VERSION });
}

export function openCore(dbFlag: string | undefined): OpenedCore {
  const runtime = openRuntime(dbFlag);
  if (runtime.problem) throw runtime.problem;
  const { dispatch } = runtime;
  return {
    db: runtime.db,
    databasePath: runtime.databasePath,
    dispatch,
    runtime,
    call(method, params) {
      const result = dispatch(method, params);
      if (!result.ok)
        throw new RejectedError(
          result.error.field ? `${result.error.message} (field: ${result.error.field})` : result.error.message,
        );
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
    core.runtime.close();
  }
}
