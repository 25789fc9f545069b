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

/** Options that each take one value (`--session 12`): `textOptions('session', 'family')`. */
export function textOptions<const K extends string>(...names: K[]): Record<K, { type: 'string' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<K, { type: 'string' }>;
}

/** The values a command cannot go without, or a usage error naming the first one missing. */
export function requiredOptions<const K extends string>(
  command: string,
  values: Partial<Record<K, string | boolean | (string | boolean)[]>>,
  names: readonly K[],
): Record<K, string> {
  const found = {} as Record<K, string>;
  for (const name of names) {
    const value = values[name];
    if (typeof value !== 'string') throw new UsageError(`${command} needs --${name}.`);
    found[name] = value;
  }
  return found;
}
