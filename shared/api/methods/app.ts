import { noParams, returns } from './define';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  /** Where the database file lives, so the organizer can find and back it up. */
  databasePath: string;
}

export const appMethods = {
  'app.info': { params: noParams, result: returns<AppInfo>() },
} as const;
