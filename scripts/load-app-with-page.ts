/**
 * A Vite plugin for the renderer's page: the first script (renderer/src/main.tsx) is small and imports
 * the app (start-app.tsx: React DOM, TanStack, the screens) only once it has asked for the first
 * screen's data. Left alone, the browser would learn of the app's files only when that import runs; the
 * page names them instead (modulepreload, and the app's styles as stylesheets), so they download beside
 * the first script and the window is never drawn without its styles.
 */
import type { Plugin } from 'vite';

interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

export function loadAppWithPage(): Plugin {
  return {
    name: 'village-load-app-with-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const entry = context.chunk as BuiltChunk | undefined;
        const bundle = context.bundle as Record<string, BuiltChunk | { type: 'asset' }> | undefined;
        if (!entry || !bundle) return [];
        // The first script's own imports are already on the page; the app's are its dynamic imports and theirs.
        const named = new Set([entry.fileName, ...entry.imports]);
        const scripts: string[] = [];
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (named.has(fileName) || chunk?.type !== 'chunk') return;
          named.add(fileName);
          scripts.push(fileName);
          chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          chunk.imports.forEach(visit);
        };
        entry.dynamicImports.forEach(visit);
        return [
          ...[...styles].map((href) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const,
          })),
          ...scripts.map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
