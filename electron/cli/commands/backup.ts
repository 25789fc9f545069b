import { formatBytes } from '../../../shared/domain/file-size';
import { backupDatabase } from '../../core/backup/backup-database';
import { UsageError } from '../cli-errors';
import { withCore } from '../open-core';
import { parseOptions } from '../parse-options';
import type { Command } from './command';

export const backupCommand: Command = {
  name: 'backup',
  usage: `backup --out FILE
    Copy the whole database to FILE (never overwrites a file).`,
  run(args, io) {
    const { values } = parseOptions(args, { out: { type: 'string' } });
    if (!values.out) throw new UsageError('backup needs --out FILE.');
    return withCore(values.db, async ({ db }) => {
      const result = await backupDatabase(db, values.out!);
      io.out(`Backed up the database to ${result.path} (${formatBytes(result.bytes)}).`);
      return 0;
    });
  },
};
