/**
 * A small seeded pseudo-random generator (mulberry32, public domain, Tommy Ettinger's design), so the
 * same families and the same seed always give the same circles: the organizer can re-run and get what
 * she saw, and tests can compare runs.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
