#!/usr/bin/env node
// The installed `village` command: runs the built CLI (out/main/cli.js) from the same core as the app.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('village: the app is not built yet; run "npm run build" in the Village folder first.\n');
  process.exit(1);
}
const { runCli } = createRequire(import.meta.url)(cli);
process.exitCode = await runCli(process.argv.slice(2));
