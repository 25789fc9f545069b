import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-errors';

/** Options every command takes. */
const COMMON = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options: { ...COMMON, ...options }, strict: true, allowPositionals });
  } catch (error) {
    // node:util's messages may span lines, end in advice about "--" or end without a full stop: keep one line.
    const message = (error as Error).message.replace(/\.\s+To specify.*$/s, '.').replace(/\s*\n\s*/g, ' ');
    throw new UsageError(/[.!?]$/.test(message) ? message : `${message}.`);
  }
}
