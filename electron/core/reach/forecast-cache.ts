/**
 * Forecasts kept in memory for a while, one entry per place, so the session panel and the sessions list
 * can ask on every render without calling Open-Meteo each time (its free tier asks for restraint, and a
 * forecast changes hourly at most). The API answers synchronously, so a read never waits for the network:
 * it starts a fetch and answers "pending" until the answer is in; a stale answer is shown meanwhile.
 */
import type { Coordinates } from '../../../shared/domain/reach/park-coordinates';
import { fetchHourly, type HourlyAnswer } from './forecast';

/** How long an answer is used: a forecast for 30 minutes, a failure (offline) for 2 before trying again. */
export const FORECAST_FRESH_MS = 30 * 60 * 1000;
export const FAILURE_FRESH_MS = 2 * 60 * 1000;

interface Entry {
  answer: HourlyAnswer | null;
  fetchedAt: number;
  pending: Promise<void> | null;
}

export class ForecastCache {
  private readonly entries = new Map<string, Entry>();
  private readonly fetcher: (where: Coordinates) => Promise<HourlyAnswer>;
  private readonly clock: () => number;

  constructor(
    fetcher: (where: Coordinates) => Promise<HourlyAnswer> = (where) => fetchHourly(where),
    clock = Date.now,
  ) {
    this.fetcher = fetcher;
    this.clock = clock;
  }

  /** The answer for a place (null while the first fetch runs), starting a fetch when it is missing or old. */
  read(where: Coordinates): HourlyAnswer | null {
    // About 1 km apart is the same place for the weather (and keeps one entry per park).
    const key = `${where.latitude.toFixed(2)},${where.longitude.toFixed(2)}`;
    const entry = this.entries.get(key) ?? { answer: null, fetchedAt: 0, pending: null };
    this.entries.set(key, entry);
    const freshFor = entry.answer?.ok === false ? FAILURE_FRESH_MS : FORECAST_FRESH_MS;
    if (!entry.pending && (entry.answer === null || this.clock() - entry.fetchedAt >= freshFor)) {
      entry.pending = this.fetcher(where).then((answer) => {
        entry.answer = answer;
        entry.fetchedAt = this.clock();
        entry.pending = null;
      });
    }
    return entry.answer;
  }

  /** Resolves once every fetch under way has ended (for tests and the CLI). */
  async settled(): Promise<void> {
    await Promise.all([...this.entries.values()].map((entry) => entry.pending));
  }
}
