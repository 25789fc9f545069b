import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

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
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
