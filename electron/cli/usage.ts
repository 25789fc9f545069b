export const USAGE = `Village: meetups for moms and little kids, organized on your own computer.

Usage: village <command> [options]

Commands:
  serve [--port N] [--open]      Run Village in your browser (browser mode), on this computer only.
  families list [--json]         List families and their kids, with each kid's age today.
  families add --parent NAME [--second-parent NAME] [--email E] [--phone P]
               [--neighborhood N] [--notes TEXT] [--kid NAME:WHEN]...
                                 Add a family. WHEN is a birth date (2024-03-15), a birth month
                                 (2024-03), or an age today (18m, 3y, 2y3m, 6w).
  backup --out FILE              Copy the whole database to FILE (never overwrites a file).

Options for every command:
  --db PATH                      Use this database file (default: VILLAGE_DB, then your user-data folder).
  --help                         Show this help.

Exit codes: 0 done, 1 input rejected (nothing written), 2 usage error.`;
