/**
 * Does a sheet's name column hold people? An Eventbrite *events* export has the same "Name" header as a
 * guest list, but its rows are "#AnalyticsClub Virtual Job Fair" and "2026 Spring Gala": imported as
 * families they would fill the roster with events. People's names have no digits, hashtags, @ or URLs,
 * and are a few words long; one odd row is a typo, a good share of them is the wrong file or column.
 */
const NOT_A_NAME = /[\d#@]|https?:|www\.|\.com\b/i;
const MOST_WORDS = 5;
const LONGEST = 40;

export function looksLikePersonName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed === '' || NOT_A_NAME.test(trimmed) || trimmed.length > LONGEST) return false;
  return trimmed.split(/\s+/).length <= MOST_WORDS;
}

export interface NameDoubts {
  /** How many of the names do not look like people's. */
  count: number;
  /** A few of them, for the organizer to recognise the file. */
  examples: string[];
}

/** Collects names that do not look like people's, one at a time (a sheet is streamed). */
export class NameDoubtCounter {
  private names = 0;
  private readonly doubts: NameDoubts = { count: 0, examples: [] };

  add(name: string): void {
    this.names += 1;
    if (looksLikePersonName(name)) return;
    this.doubts.count += 1;
    if (this.doubts.examples.length < 3) this.doubts.examples.push(name);
  }

  /** The doubts when at least a quarter of the names (and two or more) are not people's; otherwise null. */
  result(): NameDoubts | null {
    return this.doubts.count >= 2 && this.doubts.count * 4 >= this.names ? this.doubts : null;
  }
}
