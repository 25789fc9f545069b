/**
 * The installed `village` command runs the command line, not the window. The Electron binary cannot act
 * as plain Node (the RunAsNode fuse is off), so the deb's /usr/bin/village script starts the app binary
 * with this marker and Electron's main process runs the CLI instead of opening a window.
 */
export const CLI_MARKER = '--village-cli';

/** The CLI's arguments when the app was started as the `village` command, else null. */
export function cliArgumentsFrom(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_MARKER);
  return at === -1 ? null : argv.slice(at + 1);
}
