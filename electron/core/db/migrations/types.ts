import type { Database } from 'better-sqlite3';

/** One schema step. Never edit a migration once released; add the next number instead. */
export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}
