import type { Command } from './commands/command';

export function usageText(commands: readonly Command[]): string {
  const indent = (text: string) =>
    text
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
  return `Village: meetups for moms and little kids, organized on your own computer.

Usage: village <command> [options]

Commands:
${commands.map((command) => indent(command.usage)).join('\n')}

Options for every command:
  --db PATH   Use this database file (default: VILLAGE_DB, then your user-data folder).
  --help      Show this help.

Exit codes: 0 done, 1 input rejected (nothing written), 2 usage error.`;
}
