import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Property tests run hundreds of cases; CI machines have two cores.
          testTimeout: 30_000,
          include: [
            'tests/unit/**/*.test.ts',
            'tests/db/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/security/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: ['tests/support/temp-dir-cleanup.ts'],
        },
      },
      {
        // Specs that need the built app (browser mode, Chromium, packaging checks) build it once first.
        test: {
          name: 'app',
          include: [
            'tests/e2e/**/*.test.ts',
            'tests/host/**/*.test.ts',
            'tests/packaging/**/*.test.ts',
            'tests/electron/**/*.test.ts',
          ],
          environment: 'node',
          globalSetup: ['tests/support/build-once.ts'],
          setupFiles: ['tests/support/temp-dir-cleanup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
