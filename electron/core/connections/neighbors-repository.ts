/** Neighborhoods the organizer marked as next to each other, stored by their keys (see neighborhoods.ts). */
import type { Database, Statement } from 'better-sqlite3';
import { neighborhoodKey } from '../../../shared/domain/connections/neighborhoods';
import { ApiFailure, apiError } from '../../../shared/api/errors';

export class NeighborsRepository {
  private readonly s: {
    list: Statement<[], { neighborhood_key: string; other_key: string }>;
    add: Statement<{ a: string; b: string; now: string }>;
    remove: Statement<{ a: string; b: string }>;
  };

  constructor(db: Database) {
    this.s = {
      list: db.prepare(
        'SELECT neighborhood_key, other_key FROM neighboring_neighborhoods ORDER BY neighborhood_key, other_key',
      ),
      add: db.prepare(
        'INSERT INTO neighboring_neighborhoods (neighborhood_key, other_key, created_at) VALUES (:a, :b, :now) ON CONFLICT DO NOTHING',
      ),
      remove: db.prepare('DELETE FROM neighboring_neighborhoods WHERE neighborhood_key = :a AND other_key = :b'),
    };
  }

  list(): { neighborhoodKey: string; otherKey: string }[] {
    return this.s.list.all().map((row) => ({ neighborhoodKey: row.neighborhood_key, otherKey: row.other_key }));
  }

  set(neighborhood: string, other: string, neighboring: boolean, now = new Date().toISOString()): void {
    // Ordered as SQLite compares text (UTF-8 bytes), the order the table's CHECK holds them in.
    const [a, b] = [neighborhoodKey(neighborhood), neighborhoodKey(other)].sort((x, y) =>
      Buffer.compare(Buffer.from(x), Buffer.from(y)),
    ) as [string, string];
    if (a === b)
      throw new ApiFailure(
        apiError('invalid_params', 'A neighborhood is already next to itself; choose two different ones.', 'other'),
      );
    if (neighboring) this.s.add.run({ a, b, now });
    else this.s.remove.run({ a, b });
  }
}
