import { runCli } from '../../electron/cli/main';

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs `village ...` in-process, capturing what it prints. */
export async function village(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}
