#!/usr/bin/env node
// The installed `village` command: runs the built CLI (out/main/cli.js) from the same core as the app.
import fs from 'node:fs';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// better-sqlite3 13 is built for Node 22's native API: an older Node crashes loading it (a segmentation
// fault, no message), so say which Node is needed before anything loads it. Keep in step with "engines".
const NEEDED = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < NEEDED[0] || (major === NEEDED[0] && minor < NEEDED[1])) {
  process.stderr.write(
    `village: this is Node ${process.versions.node}; Village needs Node ${NEEDED.join('.')} or ` +
      `newer. Install a newer Node (https://nodejs.org), or run "npm run -s village -- ..." inside the Village folder, which uses the Node the project pins.\n`,
  );
  process.exit(2);
}

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('village: the app is not built yet; run "npm run build" in the Village folder first.\n');
  process.exit(1);
}
// V8's compiled code kept on disk (in the temp folder) between runs: a command starts without compiling
// the CLI and its libraries again (issue 18). Node 22.1+; a cache that cannot be written is skipped.
module.enableCompileCache?.();
const { runCli } = createRequire(import.meta.url)(cli);
process.exitCode = await runCli(process.argv.slice(2));
