/** `npm run bench -- --json` reads each printed figure line into numbers (issue 18). */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../scripts/bench/json-report';

describe('readFigure', () => {
  it.each([
    [
      '    file → committed, in process         median 428.1 ms, p90 851.6 ms, min 410.0 ms (n=7)',
      { label: 'file → committed, in process', medianMs: 428.1, p90Ms: 851.6, minMs: 410, runs: 7 },
    ],
    [
      '    village import (own process)         1030 ms median (n=5; target 600 ms), peak memory 165 MB',
      { label: 'village import (own process)', ms: 1030, peakMb: 165 },
    ],
    [
      '    sqlite3 .import (raw ingest floor)   46.4 ms · Village is 9.2× the floor (target 8×)',
      { label: 'sqlite3 .import (raw ingest floor)', ms: 46.4, ratio: 9.2 },
    ],
    [
      '  one file, 1,000 events × 30 attendees (3.8 MB)  median 694.9 ms, p90 1333.7 ms, min 242.6 ms (n=7)',
      {
        label: 'one file, 1,000 events × 30 attendees (3.8 MB)',
        medianMs: 694.9,
        p90Ms: 1333.7,
        minMs: 242.6,
        runs: 7,
      },
    ],
    [
      '  seed 20,000 families (with kids)       1,204 ms, database 9.1 MB',
      { label: 'seed 20,000 families (with kids)', ms: 1204 },
    ],
  ])('%s', (line, expected) => {
    expect(readFigure(line)).toEqual({ text: line.trim(), ...expected });
  });
});
