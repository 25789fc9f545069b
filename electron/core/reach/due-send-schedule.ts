/**
 * Messages that go out by themselves (a reminder scheduled for Thursday 9:00, a waitlist offer with an
 * 8 pm deadline, what the daily limit held back; see shared/domain/reach/due-messages.ts) are sent while
 * Village is open: whatever hosts the core (the Electron main process, browser mode's `serve`) checks at
 * start and every few minutes, beside the waitlist sweep. Without a password it can use without asking,
 * nothing is sent and the Outbox page says what is due.
 */
export const DUE_SEND_EVERY_MS = 2 * 60 * 1000;

export interface DueSendSchedule {
  stop(): void;
  /** A round now rather than at the next tick (a password has just been typed); skipped if one runs. */
  now(): void;
}

/**
 * Runs `send` now and every `everyMs`, never two at once (a big batch can outlast the interval); the
 * timer never keeps the process alive.
 */
export function scheduleDueSends(send: () => Promise<unknown>, everyMs = DUE_SEND_EVERY_MS): DueSendSchedule {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await send();
    } catch (error) {
      // A send that could not start (the database busy) is simply tried again next time.
      console.error(
        `[village] sending due messages failed: ${(error as { code?: string }).code ?? (error as Error).name}`,
      );
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref?.();
  return { stop: () => clearInterval(timer), now: () => void run() };
}
