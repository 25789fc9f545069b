/**
 * Circles: small groups of families who would click, formed so the same faces meet again and again
 * (Moreland & Beach 1992) in groups small enough for one conversation (4–6; Dunbar, Duncan & Nettle
 * 1995). Unlike Yelp's beans or Slack's Donut, which rotate people so they meet someone new, circles
 * reward time already shared.
 *
 * The score, written down (a circle's score is the sum over every pair of families in it):
 *   kids' ages   +3 when the pair's closest-in-age kids are within the chosen gap (e.g. 6 months);
 *                otherwise −1 per 3 months beyond the gap, down to −6; 0 when either gave no ages.
 *   place        +2 same neighborhood, +1 neighborhoods the organizer marked as neighboring,
 *                −2 apart, 0 when either gave none.
 *   time shared  +0.5 per session already attended together, up to +2 (4 sessions).
 * The total over all circles is maximized by simulated annealing (swap two families between circles;
 * a worse swap is kept with probability e^(Δ/T) as T cools), from a start that deals families sorted by
 * neighborhood and age, driven by a seeded generator: the same families and seed give the same circles.
 *
 * Consent: families who agreed to share contact details form circles whose members see each other's
 * contacts; the others form circles where the organizer passes messages on. The two never mix, so a
 * family's contacts are never shown to a circle she did not agree to. Every family is placed, also
 * those with no kids' ages or no neighborhood (their circle says so).
 */
import { type Nearness, type NeighborMap, neighborhoodKey } from './neighborhoods';
import { seededRandom } from './seeded-random';

export const MIN_CIRCLE_SIZE = 2;
export const MAX_CIRCLE_SIZE = 12;
export const DEFAULT_CIRCLE_SIZE = 5;
export const DEFAULT_MAX_AGE_GAP_MONTHS = 6;
export const DEFAULT_SEED = 12;

export const SCORE = {
  agesClose: 3,
  monthsPerPenaltyPoint: 3,
  agesFarMost: -6,
  sameNeighborhood: 2,
  neighboring: 1,
  apart: -2,
  perSessionTogether: 0.5,
  sessionsTogetherMost: 4,
} as const;

export interface CircleFamily {
  id: number;
  parentName: string;
  neighborhood: string;
  consentsToShare: boolean;
  /** The kids' ages in completed months on the circle's date; empty when none is known. */
  kidAgesMonths: readonly number[];
}

export interface CircleOptions {
  size: number;
  maxAgeGapMonths: number;
  seed: number;
}

/** Sessions two families have attended together (any order of ids). */
export type SessionsTogether = (a: number, b: number) => number;

export interface ProposedCircle {
  familyIds: number[];
  sharesContacts: boolean;
  score: number;
  reasons: string[];
}

export function closestAgeGap(a: readonly number[], b: readonly number[]): number | null {
  if (a.length === 0 || b.length === 0) return null;
  let best = Infinity;
  for (const x of a) for (const y of b) best = Math.min(best, Math.abs(x - y));
  return best;
}

/** The kids'-ages part of a pair's score, from their closest-in-age kids' gap (null: either gave none). */
export function ageScore(gap: number | null, maxAgeGapMonths: number): number {
  if (gap === null) return 0;
  return gap <= maxAgeGapMonths
    ? SCORE.agesClose
    : Math.max(SCORE.agesFarMost, -(gap - maxAgeGapMonths) / SCORE.monthsPerPenaltyPoint);
}

/** The place part of a pair's score. */
export function placeScore(near: Nearness): number {
  if (near === 'same') return SCORE.sameNeighborhood;
  if (near === 'neighboring') return SCORE.neighboring;
  return near === 'apart' ? SCORE.apart : 0;
}

/** The time-shared part of a pair's score. */
export function togetherScore(sessions: number): number {
  return SCORE.perSessionTogether * Math.min(SCORE.sessionsTogetherMost, sessions);
}

export function pairScore(
  x: CircleFamily,
  y: CircleFamily,
  options: Pick<CircleOptions, 'maxAgeGapMonths'>,
  neighbors: NeighborMap,
  together: SessionsTogether,
): number {
  let score = 0;
  score += ageScore(closestAgeGap(x.kidAgesMonths, y.kidAgesMonths), options.maxAgeGapMonths);
  score += placeScore(neighbors.nearness(x.neighborhood, y.neighborhood));
  score += togetherScore(together(x.id, y.id));
  return score;
}

export function circleScore(
  members: readonly CircleFamily[],
  options: Pick<CircleOptions, 'maxAgeGapMonths'>,
  neighbors: NeighborMap,
  together: SessionsTogether,
): number {
  let score = 0;
  for (let i = 0; i < members.length; i += 1) {
    for (let j = i + 1; j < members.length; j += 1)
      score += pairScore(members[i]!, members[j]!, options, neighbors, together);
  }
  return score;
}

/**
 * How many circles for n families: sizes stay within one of each other, at most size + 1, and nobody is
 * left in a circle of one when there is anyone to pair her with.
 */
export function circleCount(n: number, size: number): number {
  if (n === 0) return 0;
  return Math.max(1, Math.min(Math.max(Math.round(n / size), Math.ceil(n / (size + 1))), Math.floor(n / 2)));
}

export function proposeCircles(
  families: readonly CircleFamily[],
  options: CircleOptions,
  neighbors: NeighborMap,
  together: SessionsTogether,
): ProposedCircle[] {
  const random = seededRandom(options.seed);
  const byId = [...families].sort((x, y) => x.id - y.id);
  const pools = [byId.filter((family) => family.consentsToShare), byId.filter((family) => !family.consentsToShare)];
  const circles: ProposedCircle[] = [];
  pools.forEach((pool, index) => {
    const sharesContacts = index === 0;
    for (const members of formPool(pool, options, neighbors, together, random)) {
      circles.push({
        familyIds: members.map((family) => family.id),
        sharesContacts,
        score: Math.round(circleScore(members, options, neighbors, together) * 100) / 100,
        reasons: circleReasons(members, sharesContacts, neighbors, together),
      });
    }
  });
  return circles;
}

function startOrder(family: CircleFamily): [string, number] {
  return [
    neighborhoodKey(family.neighborhood),
    family.kidAgesMonths.length ? Math.min(...family.kidAgesMonths) : Infinity,
  ];
}

/**
 * The pair score over a pool, by index: the same rule as pairScore, with each family's neighborhood
 * read once into a number, each pair of neighborhoods' nearness worked out once, and each pair's score
 * kept as a 2-byte code into a table of every score a pair can have, so the hundreds of thousands of swaps
 * annealing tries stay fast (2,000 families in about a second) and give the very same circles.
 */
function poolScorer(
  pool: readonly CircleFamily[],
  options: Pick<CircleOptions, 'maxAgeGapMonths'>,
  neighbors: NeighborMap,
  together: SessionsTogether,
): (i: number, j: number) => number {
  const keys = new Map<string, number>();
  const shown: string[] = [];
  const placeOf = pool.map((family) => {
    const key = neighborhoodKey(family.neighborhood);
    if (!key) return -1;
    let index = keys.get(key);
    if (index === undefined) {
      index = shown.length;
      keys.set(key, index);
      shown.push(key);
    }
    return index;
  });
  // Each part of a pair's score as a small code: place 0 none given, 1 same, 2 neighboring, 3 apart.
  const nearness = new Map<number, number>();
  const placeCode = (x: number, y: number): number => {
    if (x < 0 || y < 0) return 0;
    if (x === y) return 1;
    const key = x < y ? x * shown.length + y : y * shown.length + x;
    let code = nearness.get(key);
    if (code === undefined) {
      code = neighbors.nearness(shown[x]!, shown[y]!) === 'neighboring' ? 2 : 3;
      nearness.set(key, code);
    }
    return code;
  };
  // Ages 0 none given, 1 within the gap, else 1 + months beyond it (the penalty stops growing at AGE_CODES).
  const ageCode = (gap: number | null): number =>
    gap === null ? 0 : gap <= options.maxAgeGapMonths ? 1 : 1 + Math.min(AGE_CODES - 2, gap - options.maxAgeGapMonths);
  // Every score a pair can have, summed exactly as pairScore sums it, so a code gives the very same double.
  const places = [0, SCORE.sameNeighborhood, SCORE.neighboring, SCORE.apart];
  const table = new Float64Array(4 * AGE_CODES * TOGETHER_CODES);
  for (let p = 0; p < 4; p += 1)
    for (let a = 0; a < AGE_CODES; a += 1)
      for (let t = 0; t < TOGETHER_CODES; t += 1) {
        let score = places[p]!;
        if (a > 0)
          score += a === 1 ? SCORE.agesClose : Math.max(SCORE.agesFarMost, -(a - 1) / SCORE.monthsPerPenaltyPoint);
        table[(p * AGE_CODES + a) * TOGETHER_CODES + t] = score + SCORE.perSessionTogether * t;
      }
  const ages = pool.map((family) => family.kidAgesMonths);
  const ids = pool.map((family) => family.id);
  /** The pair's code, or -1 when a part is not a whole number the table holds (ages are whole months). */
  const code = (i: number, j: number): number => {
    const sessions = Math.min(SCORE.sessionsTogetherMost, together(ids[i]!, ids[j]!));
    const gap = closestAgeGap(ages[i]!, ages[j]!);
    const whole = Number.isInteger(sessions) && sessions >= 0 && (gap === null || Number.isInteger(gap));
    if (!whole || !Number.isInteger(options.maxAgeGapMonths)) return -1;
    return (placeCode(placeOf[i]!, placeOf[j]!) * AGE_CODES + ageCode(gap)) * TOGETHER_CODES + sessions;
  };
  const direct = (i: number, j: number): number => {
    const known = code(i, j);
    return known < 0 ? pairScore(pool[i]!, pool[j]!, options, neighbors, together) : table[known]!;
  };
  const n = pool.length;
  if (n > MEMO_MOST_FAMILIES) return direct;
  // Annealing asks for the same pairs again and again (about 16 per swap tried): each pair's code is
  // worked out once and kept in 2 bytes (a 2,000-family pool takes 8 MB), and read back as the same double.
  const memo = new Int16Array(n * n).fill(UNKNOWN);
  return (i, j) => {
    let known = memo[i * n + j]!;
    if (known === UNKNOWN) {
      known = code(i, j);
      memo[i * n + j] = known;
      memo[j * n + i] = known;
    }
    return known < 0 ? pairScore(pool[i]!, pool[j]!, options, neighbors, together) : table[known]!;
  };
}

/** Up to this many families in a pool, pair codes are kept (2 bytes a pair: 32 MB at 4,096). */
const MEMO_MOST_FAMILIES = 4096;
const UNKNOWN = -2;
/** Months beyond the gap stop counting once the penalty reaches its floor (18 months: −6). */
const AGE_CODES = 2 + -SCORE.agesFarMost * SCORE.monthsPerPenaltyPoint;
const TOGETHER_CODES = SCORE.sessionsTogetherMost + 1;

function formPool(
  pool: readonly CircleFamily[],
  options: CircleOptions,
  neighbors: NeighborMap,
  together: SessionsTogether,
  random: () => number,
): CircleFamily[][] {
  const n = pool.length;
  const k = circleCount(n, options.size);
  if (k === 0) return [];
  // A sensible start: neighbors next to each other, youngest first, dealt into circles of near-equal size.
  const sorted = [...pool].sort((x, y) => {
    const [xPlace, xAge] = startOrder(x);
    const [yPlace, yAge] = startOrder(y);
    return xPlace < yPlace ? -1 : xPlace > yPlace ? 1 : xAge - yAge || x.id - y.id;
  });
  // Circles hold indices into `sorted`; circleOf[i] is the circle of family i.
  const groups: number[][] = [];
  const circleOf = new Int32Array(n);
  let at = 0;
  for (let c = 0; c < k; c += 1) {
    const take = Math.floor(n / k) + (c < n % k ? 1 : 0);
    const group = Array.from({ length: take }, (_, offset) => at + offset);
    for (const i of group) circleOf[i] = c;
    groups.push(group);
    at += take;
  }
  if (k > 1) {
    const score = poolScorer(sorted, options, neighbors, together);
    const steps = Math.min(400_000, 150 * n);
    const hot = 2;
    const cold = 0.02;
    for (let step = 0; step < steps; step += 1) {
      const x = Math.floor(random() * n);
      const y = Math.floor(random() * n);
      const cx = circleOf[x]!;
      const cy = circleOf[y]!;
      if (cx === cy) continue;
      const gx = groups[cx]!;
      const gy = groups[cy]!;
      let delta = 0;
      for (const other of gx) if (other !== x) delta += score(y, other) - score(x, other);
      for (const other of gy) if (other !== y) delta += score(x, other) - score(y, other);
      // The temperature is only needed for a worse swap, so it is worked out only then (same value, same draws).
      if (delta >= 0 || random() < Math.exp(delta / (hot * (cold / hot) ** (step / steps)))) {
        gx[gx.indexOf(x)] = y;
        gy[gy.indexOf(y)] = x;
        circleOf[x] = cy;
        circleOf[y] = cx;
      }
    }
  }
  return groups.map((group) => group.map((i) => sorted[i]!).sort((x, y) => x.id - y.id));
}

/** Months up to 3 years, as organizers of toddlers count them ("kids 18–24 months"); then "3 y 2 m". */
function monthsText(lo: number, hi: number): string {
  if (hi < 36) return lo === hi ? `kids ${lo} months` : `kids ${lo}–${hi} months`;
  const text = (months: number) =>
    months % 12 === 0 ? `${months / 12} y` : `${Math.floor(months / 12)} y ${months % 12} m`;
  return lo === hi ? `kids ${text(lo)}` : `kids ${text(lo)} – ${text(hi)}`;
}

function namesText(members: readonly CircleFamily[]): string {
  return members.map((family) => family.parentName).join(', ');
}

/** The circle's reasons in plain words: "kids 18–24 months · all Sellwood · 3 of 5 have met twice". */
export function circleReasons(
  members: readonly CircleFamily[],
  sharesContacts: boolean,
  neighbors: NeighborMap,
  together: SessionsTogether,
): string[] {
  const reasons: string[] = [];
  const withAges = members.filter((family) => family.kidAgesMonths.length > 0);
  if (withAges.length > 0) {
    // Each family's kid nearest the circle's middle age: the one the circle is for.
    const all = withAges.flatMap((family) => family.kidAgesMonths).sort((x, y) => x - y);
    const middle = all[Math.floor(all.length / 2)]!;
    const chosen = withAges.map((family) =>
      family.kidAgesMonths.reduce((best, age) => (Math.abs(age - middle) < Math.abs(best - middle) ? age : best)),
    );
    reasons.push(monthsText(Math.min(...chosen), Math.max(...chosen)));
  }
  const noAges = members.filter((family) => family.kidAgesMonths.length === 0);
  if (noAges.length > 0) reasons.push(`no kids' ages given: ${namesText(noAges)}`);

  const placed = members.filter((family) => neighborhoodKey(family.neighborhood) !== '');
  const places = new Map<string, string>();
  for (const family of placed)
    if (!places.has(neighborhoodKey(family.neighborhood)))
      places.set(neighborhoodKey(family.neighborhood), family.neighborhood.trim());
  const names = [...places.values()];
  if (names.length === 1) reasons.push(placed.length === members.length ? `all ${names[0]}` : `${names[0]}`);
  else if (names.length > 1) {
    const allNear = names.every((a) => names.every((b) => a === b || neighbors.nearness(a, b) !== 'apart'));
    const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    reasons.push(allNear ? `neighboring ${list}` : list);
  }
  const noPlace = members.filter((family) => neighborhoodKey(family.neighborhood) === '');
  if (noPlace.length > 0) reasons.push(`no neighborhood given: ${namesText(noPlace)}`);

  const metTwice = members.filter((x) => members.some((y) => y !== x && together(x.id, y.id) >= 2)).length;
  reasons.push(metTwice === 0 ? 'new to each other' : `${metTwice} of ${members.length} have met twice`);
  reasons.push(sharesContacts ? 'all agreed to share contacts' : 'contacts not shared: pass messages on');
  return reasons;
}
