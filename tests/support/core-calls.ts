/** A real database in a temp folder with the core's dispatch, and a typed `call` that throws on an API error. */
import type { Database } from 'better-sqlite3';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import { tempDbPath } from './temp-db';

export function openCore(): {
  db: Database;
  dispatch: ReturnType<typeof createDispatch>;
  call: <M extends MethodName>(method: M, params: MethodParams<M>) => MethodResult<M>;
} {
  const file = tempDbPath();
  const db = openDatabase(file);
  const dispatch = createDispatch({ db, databasePath: file, version: 'test' }, () => undefined);
  const call = <M extends MethodName>(method: M, params: MethodParams<M>): MethodResult<M> => {
    const result = dispatch(method, params);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as MethodResult<M>;
  };
  return { db, dispatch, call };
}
