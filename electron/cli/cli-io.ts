export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIO: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A list command's answer: the items as JSON, a sentence when there are none, or a line each. */
export function printList<T>(
  io: CliIO,
  asJson: boolean | undefined,
  items: T[],
  none: string,
  lineOf: (item: T) => string,
): void {
  if (asJson) io.out(JSON.stringify(items, null, 2));
  else if (items.length === 0) io.out(none);
  else for (const item of items) io.out(lineOf(item));
}
