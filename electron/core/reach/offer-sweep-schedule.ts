/**
 * The waitlist's clock: offers run out at their deadline (8 pm the evening before) whether or not the
 * organizer opens the session, so whatever hosts the core (the Electron main process, browser mode's
 * `serve`) sweeps at start and every few minutes: missed offers expire and the place goes to the next
 * family, their message queued (automatic-offers.ts).
 */
export const OFFER_SWEEP_EVERY_MS = 5 * 60 * 1000;

/** Runs `sweep` now and every `everyMs`; the timer never keeps the process alive. Returns a stop function. */
export function scheduleOfferSweeps(sweep: () => void, everyMs = OFFER_SWEEP_EVERY_MS): () => void {
  const run = () => {
    try {
      sweep();
    } catch (error) {
      // A sweep that fails (the database busy with an import) is simply tried again next time.
      console.error(`[village] waitlist sweep failed: ${(error as { code?: string }).code ?? (error as Error).name}`);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
