import fs from 'node:fs';
import path from 'node:path';

/**
 * The built renderer: beside the bundled CLI (`out/main/cli.js` → `out/renderer`), or, when the CLI runs
 * from source through tsx (`npm run village`, where this code sits deeper, in `electron/core/host/` or
 * wherever a bundler inlined it), in the `out/renderer` of the nearest folder above that has one.
 */
export function findRendererRoot(fromDir: string): string | null {
  const hasPage = (dir: string) => fs.existsSync(path.join(dir, 'index.html'));
  const beside = path.resolve(fromDir, '../renderer');
  if (hasPage(beside)) return beside;
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const built = path.join(dir, 'out', 'renderer');
    if (hasPage(built)) return built;
    if (path.dirname(dir) === dir) return null;
  }
}
