/**
 * The circles for a fixed roster and seed, pinned by a digest taken before annealing was made faster (pair
 * scores kept, the temperature worked out only for a worse swap): a speed-up must never change the circles
 * an organizer gets for the same families and seed.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { proposeCircles } from '../../shared/domain/connections/circles';
import { NeighborMap } from '../../shared/domain/connections/neighborhoods';
import { seededRandom } from '../../shared/domain/connections/seeded-random';

describe('circles for a fixed roster and seed', () => {
  it('are exactly those of the annealing as first written', () => {
    const places = ['Sellwood', 'Westmoreland', 'St Johns', 'Brooklyn', 'Moreland', '', 'Kenton'];
    const random = seededRandom(2026);
    const families = Array.from({ length: 600 }, (_, i) => ({
      id: i + 1,
      parentName: `Parent ${i + 1}`,
      neighborhood: places[Math.floor(random() * places.length)]!,
      consentsToShare: random() < 0.7,
      kidAgesMonths:
        random() < 0.1 ? [] : Array.from({ length: 1 + Math.floor(random() * 3) }, () => Math.floor(random() * 60)),
    }));
    const together = (a: number, b: number) => ((a * 31 + b * 31) % 11 === 0 ? (a + b) % 6 : 0);
    const neighbors = new NeighborMap([
      ['Sellwood', 'Westmoreland'],
      ['Brooklyn', 'Moreland'],
    ]);
    const circles = proposeCircles(families, { size: 5, maxAgeGapMonths: 6, seed: 12 }, neighbors, together);
    expect(circles).toHaveLength(120);
    expect(createHash('sha256').update(JSON.stringify(circles)).digest('hex')).toBe(
      '80dca74e62623e090943ff23dbe8ae5e056b111eab6529e6014f982e6c698fda',
    );
  });
});
