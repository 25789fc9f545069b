import fs from 'node:fs';
import path from 'node:path';
import { exportEverything, loadEverything } from '../../core/export/full-export';
import { RejectedError, UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions } from '../parse-options';
import { PRIVATE_FILE_MODE } from '../../core/files/private-files';
import type { Command } from './command';

export const exportCommand: Command = {
  name: 'export',
  usage: `export --out FILE
    Write everything (every table) to one JSON file.`,
  run(args, io) {
    const { values } = parseOptions(args, { out: { type: 'string' } });
    if (!values.out) throw new UsageError('export needs --out FILE.');
    const target = path.resolve(values.out);
    if (fs.existsSync(target))
      throw new RejectedError(`${target} already exists; Village will not overwrite it. Choose another file name.`);
    return withCore(values.db, ({ db }) => {
      const data = exportEverything(db);
      fs.writeFileSync(target, JSON.stringify(data), { flag: 'wx', mode: PRIVATE_FILE_MODE });
      const rows = Object.values(data.tables).reduce((sum, table) => sum + table.length, 0);
      io.out(`Exported ${rows} rows from ${Object.keys(data.tables).length} tables to ${target}.`);
      return 0;
    });
  },
};

export const loadCommand: Command = {
  name: 'load',
  usage: `load FILE
    Load an export (from "village export") into a new, empty database (use --db).`,
  run(args, io) {
    const file = args[0] && !args[0].startsWith('-') ? args[0] : undefined;
    if (!file) throw new UsageError('load needs the export FILE.');
    const { values } = parseOptions(args.slice(1), {});
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
    } catch (error) {
      throw new RejectedError(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? `There is no file at ${path.resolve(file)}.`
          : `${path.basename(file)} is not a Village export (it is not JSON).`,
      );
    }
    return withCore(values.db, ({ db, databasePath }) => {
      const result = loadEverything(db, data);
      io.out(`Loaded ${result.rows} rows from ${result.tables} tables into ${databasePath}.`);
      return 0;
    });
  },
};
