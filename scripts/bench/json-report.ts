/**
 * `npm run bench -- --json`: the printed figures as JSON on stdout (the text goes to stderr), so a change
 * can be compared before and after by a script. Every printed line is kept; the numbers in it are read
 * by what they say ("median 412.3 ms", "peak memory 165 MB", "9.2× the floor"), so a section added later
 * is in the copy without more code.
 */
import os from 'node:os';

export interface BenchFigure {
  /** The section's title line, then the sub-heading (indented two spaces) the line sits under, if any. */
  section: string;
  group: string | null;
  label: string;
  text: string;
  medianMs?: number;
  p90Ms?: number;
  minMs?: number;
  maxMs?: number;
  runs?: number;
  /** A single time ("1030 ms") where the line gives no median. */
  ms?: number;
  peakMb?: number;
  /** The ratio to the reference the line names ("9.2× the floor"). */
  ratio?: number;
}

const number = (pattern: RegExp, text: string): number | undefined => {
  const found = pattern.exec(text);
  return found ? Number(found[1]!.replace(/,/g, '')) : undefined;
};

/** The numbers a printed figure line carries. */
export function readFigure(text: string): Omit<BenchFigure, 'section' | 'group'> {
  const trimmed = text.trim();
  const split = /\s{2,}|(?=\bmedian\b)/.exec(trimmed);
  const label = split ? trimmed.slice(0, split.index).trim() : trimmed;
  const figure: Omit<BenchFigure, 'section' | 'group'> = { label, text: trimmed };
  const values: [keyof BenchFigure, number | undefined][] = [
    ['medianMs', number(/median ([\d.,]+) ms/, trimmed)],
    ['p90Ms', number(/p90 ([\d.,]+) ms/, trimmed)],
    ['minMs', number(/min ([\d.,]+) ms/, trimmed)],
    ['maxMs', number(/max ([\d.,]+) ms/, trimmed)],
    ['runs', number(/\(n=(\d+)\)/, trimmed)],
    ['peakMb', number(/peak memory ([\d.,]+) MB/, trimmed)],
    ['ratio', number(/([\d.]+)× the/, trimmed)],
  ];
  // A single time ("1030 ms", "1030 ms median (n=5)") where the line gives no "median N ms".
  if (values[0]![1] === undefined) values.push(['ms', number(/(?:^|\s)([\d.,]+) ms\b/, trimmed.slice(label.length))]);
  for (const [key, value] of values)
    if (value !== undefined && !Number.isNaN(value)) Object.assign(figure, { [key]: value });
  return figure;
}

/** Collects what `console.log` prints while the bench runs; `report()` gives the JSON copy. */
export function captureFigures(): { report: () => string } {
  const figures: BenchFigure[] = [];
  let section = '';
  let group: string | null = null;
  const print = console.log.bind(console);
  console.log = (...parts: unknown[]) => {
    const text = parts.map(String).join(' ');
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const indent = /^ */.exec(line)![0].length;
      const figure = readFigure(line);
      const hasNumbers = Object.keys(figure).length > 2;
      if (indent === 0) {
        section = line.trim();
        group = null;
      } else if (indent === 2 && !hasNumbers) group = line.trim();
      else figures.push({ section, group: indent > 2 ? group : null, ...figure });
    }
    process.stderr.write(`${text}\n`);
  };
  return {
    report: () => {
      console.log = print;
      return JSON.stringify(
        { node: process.version, cores: os.cpus().length, loadAverage: os.loadavg(), figures },
        null,
        2,
      );
    },
  };
}
