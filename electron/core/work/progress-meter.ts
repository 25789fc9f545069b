/**
 * Progress from inside long work, at a rate a person can read and the work does not notice: a count is
 * passed on at most every PROGRESS_INTERVAL_MS (the clock is only read every CHECK_EVERY items), while
 * the start of a phase and its last item always are, so a bar never stops short of its total.
 */
import { performance } from 'node:perf_hooks';
import type { WorkPhase, WorkProgress } from '../../../shared/api/work-progress';

export type ProgressSink = (progress: WorkProgress) => void;

export const PROGRESS_INTERVAL_MS = 100;
const CHECK_EVERY = 64;

export interface ProgressMeter {
  /** A new phase, with its count of items, or null when it has none. */
  phase(phase: WorkPhase, total?: number | null, done?: number): void;
  /** `done` items of the current phase are finished. */
  at(done: number): void;
}

const SILENT: ProgressMeter = { phase: () => undefined, at: () => undefined };

export function progressMeter(
  sink: ProgressSink | undefined,
  method: string,
  now: () => number = () => performance.now(),
): ProgressMeter {
  if (!sink) return SILENT;
  let phase: WorkPhase = 'reading';
  let total: number | null = null;
  let lastAt = -Infinity;
  const emit = (done: number) => {
    lastAt = now();
    sink({ method, phase, done, total });
  };
  return {
    phase(next, count = null, done = 0) {
      phase = next;
      total = count;
      emit(done);
    },
    at(done) {
      const last = done === total;
      if (!last && done % CHECK_EVERY !== 0) return;
      if (!last && now() - lastAt < PROGRESS_INTERVAL_MS) return;
      emit(done);
    },
  };
}
