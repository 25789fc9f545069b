/** Helpers for import tests: a fresh database with the API, and fixtures read as the API takes them. */
import fs from 'node:fs';
import path from 'node:path';
import { createDispatch } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/open-database';
import type { MethodName, MethodParams, MethodResult } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import { tempDbPath } from './temp-db';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

export function fixture(name: string): { fileName: string; data: string } {
  return { fileName: name, data: fs.readFileSync(path.join(FIXTURES, name)).toString('base64') };
}

export function sheet(fileName: string, text: string): { fileName: string; data: string } {
  return { fileName, data: Buffer.from(text, 'utf8').toString('base64') };
}

export function importSetup() {
  const databasePath = tempDbPath();
  const db = openDatabase(databasePath);
  const dispatch = createDispatch({ db, databasePath, version: '0.0.0-test' }, () => undefined);
  function call<M extends MethodName>(method: M, params: MethodParams<M>): MethodResult<M> {
    const result = dispatch(method, params);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value as MethodResult<M>;
  }
  function fail<M extends MethodName>(method: M, params: MethodParams<M>): ApiError {
    const result = dispatch(method, params);
    if (result.ok) throw new Error(`${method} was expected to fail`);
    return result.error;
  }
  /** Everything an import can write, to compare before and after. */
  function snapshot(): string {
    const tables = ['families', 'kids', 'rsvps', 'import_batches', 'import_changes', 'header_mappings'];
    return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
  }
  return { db, databasePath, dispatch, call, fail, snapshot };
}
