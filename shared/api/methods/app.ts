import { noParams, returns } from './define';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  /** Where the database file lives, so the organizer can find and back it up. */
  databasePath: string;
}

export const appMethods = {
  'app.info': { params: noParams, result: returns<AppInfo>() },
  /**
   * A token that changes whenever the database changes: a write through Village, a write by another
   * program (the CLI), or a restore. Screens that keep a large list in memory ask this before loading
   * the list again.
   */
  'app.revision': { params: noParams, result: returns<{ revision: string }>() },
} as const;
