import { afterEach, describe, expect, it, vi } from 'vitest';
import { DUE_SEND_EVERY_MS, scheduleDueSends } from '../../electron/core/reach/due-send-schedule';

afterEach(() => {
  vi.useRealTimers();
});

describe('the due-message schedule', () => {
  it('checks at start and every two minutes, never starting a second send while one runs', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let finish: () => void = () => undefined;
    let started = 0;
    const { stop } = scheduleDueSends(() => {
      started += 1;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    expect(started).toBe(1); // at start
    // A big batch outlasts two intervals: no second send begins beside it.
    vi.advanceTimersByTime(DUE_SEND_EVERY_MS * 2);
    expect(started).toBe(1);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    vi.advanceTimersByTime(DUE_SEND_EVERY_MS);
    expect(started).toBe(2);
    stop();
    finish();
    await Promise.resolve();
    vi.advanceTimersByTime(DUE_SEND_EVERY_MS * 3);
    expect(started).toBe(2);
  });
  it('runs a round at once when asked (a password was just typed), but not beside one that runs', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let finish: () => void = () => undefined;
    let started = 0;
    const schedule = scheduleDueSends(() => {
      started += 1;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    expect(started).toBe(1);
    schedule.now();
    expect(started).toBe(1); // the round at start still runs
    finish();
    await Promise.resolve();
    await Promise.resolve();
    schedule.now();
    expect(started).toBe(2); // no waiting for the next interval
    finish();
    schedule.stop();
  });
});
