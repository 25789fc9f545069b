import type { CliIO } from '../cli-io';

/** One `village` command. `name` may be two words ("families list"). */
export interface Command {
  name: string;
  /** Lines for `--help`: the synopsis first, then what it does. */
  usage: string;
  run(args: string[], io: CliIO): number | Promise<number>;
}
