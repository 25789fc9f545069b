import { describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../shared/api/work-progress';
import { progressMeter, PROGRESS_INTERVAL_MS } from '../../electron/core/work/progress-meter';

/** A meter on a clock the test moves: one item takes `msPerItem`. */
function run(items: number, msPerItem: number): WorkProgress[] {
  const heard: WorkProgress[] = [];
  let clock = 0;
  const meter = progressMeter(
    (progress) => heard.push(progress),
    'import.commit',
    () => clock,
  );
  meter.phase('writing', items);
  for (let done = 1; done <= items; done += 1) {
    clock += msPerItem;
    meter.at(done);
  }
  return heard;
}

describe('progress meter', () => {
  it.each([
    // items, ms per item, reports expected: the start, about one per 100 ms (checked every 64 items), the end
    [10, 1, [0, 10]],
    [1000, 0.01, [0, 1000]],
    [1000, 1, [0, 128, 256, 384, 512, 640, 768, 896, 1000]],
    [100_000, 0.001, [0, 100_000]],
  ])('%i items at %f ms each report %o', (items, msPerItem, counts) => {
    expect(run(items, msPerItem).map((report) => report.done)).toEqual(counts);
  });

  it('never reports twice within the interval, except for the last item', () => {
    const heard = run(50_000, 0.05);
    expect(heard.at(-1)).toEqual({ method: 'import.commit', phase: 'writing', done: 50_000, total: 50_000 });
    const gaps = heard.slice(1, -1).map((report, index) => (report.done - heard[index]!.done) * 0.05);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(PROGRESS_INTERVAL_MS);
  });
});
