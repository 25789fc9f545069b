import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { loadAppWithPage } from './scripts/load-app-with-page';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // zod is bundled (its ES modules, tree-shaken) rather than required: its CommonJS entry loads every
      // locale and the whole library, ~50 ms of each CLI command's start (issue 18).
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        // The CLI (and browser mode) is built beside the Electron main process from the same core, and so is
        // the worker that runs long work (imports, backups, restores) off the window's thread.
        input: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/main.ts'),
          'core-worker': resolve('electron/core/work/core-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve('electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), loadAppWithPage()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rollupOptions: {
        input: resolve('renderer/index.html'),
        output: {
          // Two scripts before the first frame: the page's first script (main.tsx and what it imports: the
          // API client, the early reads) and the app (start-app.tsx and everything it imports, one file
          // rather than a dozen small shared ones, which a new tab would ask for one by one over six
          // connections beside the first reads). The other pages stay in their own files, loaded on visit.
          codeSplitting: {
            groups: [
              { name: 'first', tags: ['$initial'], priority: 2 },
              { name: 'start-app', test: /renderer[\\/]src[\\/]start-app\.tsx$/, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
