/**
 * Setup file of every test project: removes the temporary folders a test file made outside its tests
 * (tests/support/temp-db.ts). Registered before the file's own hooks, so it runs after them (vitest
 * runs afterAll hooks in reverse order), once the file has closed its databases and stopped its apps.
 */
import { afterAll, onTestFinished } from 'vitest';
import { removeFileTempDirs, useTestCleanup } from './temp-db';

useTestCleanup(onTestFinished);
afterAll(() => removeFileTempDirs());
