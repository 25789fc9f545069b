/** The core as the app runs it (runtime, backups folder and all) on a new data folder, with a typed `call` that throws on a refusal. */
import path from 'node:path';
import { openCoreRuntime } from '../../electron/core/runtime/core-runtime';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import { makeTempDir } from './temp-db';

export function coreInFolder() {
  const folder = makeTempDir();
  const databasePath = path.join(folder, 'village.db');
  const runtime = openCoreRuntime({ databasePath, version: 'test', log: () => undefined });
  const call = <M extends MethodName>(method: M, params: MethodParams<M>): MethodResult<M> => {
    const result = runtime.dispatch(method, params);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as MethodResult<M>;
  };
  return { folder, databasePath, runtime, call };
}
