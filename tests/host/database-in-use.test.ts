/**
 * Another program holds the database (a second Village, a sync tool): the CLI and browser mode wait out
 * SQLite's busy timeout, then say "the database is in use" instead of failing silently, and write nothing.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS } from '../../electron/core/db/open-database';
import { callApi } from '../support/api-over-http';
import { CLI, startBrowserMode } from '../support/browser-mode';
import { parentNamesIn } from '../support/inspect-db';
import { makeTempDir } from '../support/temp-db';

function holdWriteLock(databasePath: string): () => void {
  const other = new BetterSqlite3(databasePath);
  other.exec('BEGIN IMMEDIATE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
  };
}

describe('a database held by another program', () => {
  it('the CLI waits, then reports that the database is in use, exit 1, nothing written', () => {
    const databasePath = path.join(makeTempDir(), 'village.db');
    const add = () =>
      spawnSync(process.execPath, [CLI, 'families', 'add', '--parent', 'Lena', '--db', databasePath], {
        encoding: 'utf8',
      });
    expect(add().status).toBe(0);
    const release = holdWriteLock(databasePath);
    const started = Date.now();
    const blocked = add();
    const waited = Date.now() - started;
    release();
    expect(blocked.status).toBe(1);
    expect(blocked.stderr.trim()).toBe(
      'village: The database is in use by another Village window or program. Close it and try again.',
    );
    expect(waited).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS - 500);
    expect(parentNamesIn(databasePath)).toEqual(['Lena']);
    expect(add().status).toBe(0);
  });

  it('browser mode answers database_busy while the lock is held and works again after', async () => {
    const app = await startBrowserMode();
    try {
      await callApi(app.launchUrl, 'families.create', { parentName: 'Before' });
      const release = holdWriteLock(app.databasePath);
      const blocked = await callApi(app.launchUrl, 'families.create', { parentName: 'While locked' }).catch(
        (error: Error) => error.message,
      );
      release();
      expect(blocked).toMatch(/families.create failed: The database is in use/);
      await callApi(app.launchUrl, 'families.create', { parentName: 'After' });
      expect(parentNamesIn(app.databasePath)).toEqual(['Before', 'After']);
    } finally {
      await app.stop();
    }
  });
});
