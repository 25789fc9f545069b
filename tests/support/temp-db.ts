import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Folders made outside a test (in beforeAll, or while a file is collected): removed when the file is done. */
const leftForTheFile = new Set<string>();

/**
 * Vitest's onTestFinished, handed over by the setup file (tests/support/temp-dir-cleanup.ts). It is not
 * imported here: the bench and the schema-fixture script use these helpers outside Vitest, where
 * importing 'vitest' throws.
 */
let onTestFinished: ((cleanup: () => void) => void) | null = null;
export function useTestCleanup(register: (cleanup: () => void) => void): void {
  onTestFinished = register;
}

/**
 * A fresh folder per test: tests use real SQLite files, never a mocked database. It is removed when the
 * test that made it finishes (after its afterEach hooks), or, when made for several tests, after the
 * last test of the file (tests/support/temp-dir-cleanup.ts), so a run leaves no databases behind.
 */
export function makeTempDir(prefix = 'village-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    if (!onTestFinished) throw new Error('not under Vitest');
    onTestFinished(() => removeTempDir(dir));
  } catch {
    // Not inside a test: the folder serves the whole file.
    leftForTheFile.add(dir);
  }
  return dir;
}

export function tempDbPath(): string {
  return path.join(makeTempDir(), 'village.db');
}

/** Removes the folders kept for the whole file; the setup file calls it after the file's own afterAll hooks. */
export function removeFileTempDirs(): void {
  for (const dir of leftForTheFile) removeTempDir(dir);
  leftForTheFile.clear();
}

function removeTempDir(dir: string): void {
  // A child process may still be letting go of a file in it: retry briefly rather than fail the test.
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
}
