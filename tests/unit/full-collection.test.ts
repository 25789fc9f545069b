import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../electron/core/import/full-collection';

describe('collectGarbage (between reading a big sheet and writing it)', () => {
  it('collects what nothing refers to any more, without --expose-gc on the command line', async () => {
    // Made and let go inside a function: nothing here refers to the rows once it returns.
    const reading = ((rows: string[][]) => new WeakRef(rows))(
      Array.from({ length: 50_000 }, (_, index) => [`Parent ${index}`, `${index}`]),
    );
    // A WeakRef's target is kept until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(reading.deref()).toBeUndefined();
  });

  it('keeps what is still referred to', async () => {
    const plan = { families: Array.from({ length: 1_000 }, (_, index) => ({ id: index })) };
    const kept = new WeakRef(plan);
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(kept.deref()).toBe(plan);
  });
});
