/**
 * A call made while Village is still starting (before React has rendered anything), so the first
 * screen can be drawn once, with its data, instead of drawing "Loading…" and then drawing again.
 *
 * The answer is taken once: the first screen that wants it gets it (synchronously when it has already
 * arrived); anything later, a reload or a second visit, asks the API again and sees fresh data.
 */
export class EarlyCall<T> {
  private readonly ask: () => Promise<T>;
  private pending: Promise<T> | null;
  private answer: { value: T } | null = null;
  /** Resolves when the call has an answer or has failed; never rejects. */
  readonly settled: Promise<void>;

  constructor(ask: () => Promise<T>) {
    this.ask = ask;
    this.pending = ask();
    this.settled = this.pending.then(
      (value) => {
        this.answer = { value };
      },
      () => undefined,
    );
  }

  /** The answer, if it has arrived and nobody has taken it yet; taking it uses it up. */
  takeIfArrived(): { value: T } | null {
    const answer = this.answer;
    if (answer === null || this.pending === null) return null;
    this.pending = null;
    this.answer = null;
    return answer;
  }

  /** The early call's promise if nobody has taken it yet (then it is used up), otherwise null. */
  take(): Promise<T> | null {
    const pending = this.pending;
    this.pending = null;
    this.answer = null;
    return pending;
  }

  /**
   * The early answer if nobody has taken it yet, else a fresh call. An early refusal (e.g. from recovery
   * mode, before a restore) is not kept: the call is made again.
   */
  takeOrAsk(): Promise<T> {
    const pending = this.take();
    return pending ? pending.catch(this.ask) : this.ask();
  }
}

const started: EarlyCall<unknown>[] = [];

/** Starts a call for the first screen; the first render waits for it (see whenEarlyCallsSettled). */
export function startEarly<T>(ask: () => Promise<T>): EarlyCall<T> {
  const early = new EarlyCall(ask);
  started.push(early);
  return early;
}

/** Waits for every early call, but never longer than `limitMs`: a slow answer must not hold up the window. */
export function whenEarlyCallsSettled(limitMs: number): Promise<void> {
  const all = Promise.all(started.map((early) => early.settled)).then(() => undefined);
  return Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}
