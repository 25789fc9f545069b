/**
 * Neighborhoods are free text in Village ("Sellwood", "sellwood ", "Sellwood-Moreland"), so "the same
 * neighborhood" compares a key: trimmed, spaces collapsed, case folded. "Neighboring" is what the
 * organizer says it is: she marks two neighborhoods as next to each other (stored in the database,
 * `neighboring_neighborhoods`), because only she knows that Sellwood and Westmoreland share a park.
 */
export function neighborhoodKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export type Nearness = 'same' | 'neighboring' | 'apart' | 'unknown';

export class NeighborMap {
  private readonly pairs = new Set<string>();

  constructor(pairs: Iterable<readonly [string, string]> = []) {
    for (const [a, b] of pairs) this.add(a, b);
  }

  add(a: string, b: string): void {
    const [x, y] = [neighborhoodKey(a), neighborhoodKey(b)].sort();
    if (x && y && x !== y) this.pairs.add(`${x}\u0000${y}`);
  }

  nearness(a: string, b: string): Nearness {
    const x = neighborhoodKey(a);
    const y = neighborhoodKey(b);
    if (!x || !y) return 'unknown';
    if (x === y) return 'same';
    return this.pairs.has(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`) ? 'neighboring' : 'apart';
  }
}
