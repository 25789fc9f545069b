import fs from 'node:fs';
import path from 'node:path';

/**
 * The built renderer: beside the bundled CLI in `out/`, or under the repository's `out/` when the CLI runs
 * from source.
 */
export function findRendererRoot(fromDir: string): string | null {
  const candidates = [path.resolve(fromDir, '../renderer'), path.resolve(fromDir, '../../out/renderer')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html'))) ?? null;
}
