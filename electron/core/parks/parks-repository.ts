/** Parks in SQLite. Parks are archived, never deleted: past sessions keep where they happened. */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { ParkInput } from '../../../shared/api/session-schemas';
import type { Park } from '../../../shared/domain/sessions/session';

/** Named as the API's Park, but for when it was archived. */
interface ParkRow extends Omit<Park, 'archived'> {
  archivedAt: string | null;
}

const SELECT = `
  SELECT p.id, p.name, p.address, p.notes, p.map_url AS mapUrl, p.archived_at AS archivedAt,
    (SELECT count(*) FROM sessions s WHERE s.park_id = p.id) AS sessionCount
  FROM parks p`;

const toPark = ({ archivedAt, ...park }: ParkRow): Park => ({ ...park, archived: archivedAt !== null });

const notFound = () => new ApiFailure(apiError('not_found', 'That park no longer exists.'));

export class ParksRepository {
  private readonly statements: {
    active: Statement<[], ParkRow>;
    all: Statement<[], ParkRow>;
    byId: Statement<[number], ParkRow>;
    insert: Statement<Record<string, unknown>>;
    update: Statement<Record<string, unknown>>;
    archive: Statement<{ id: number; archivedAt: string | null; now: string }>;
  };

  constructor(db: Database) {
    this.statements = {
      active: db.prepare(`${SELECT} WHERE p.archived_at IS NULL ORDER BY p.name COLLATE NOCASE, p.id`),
      all: db.prepare(`${SELECT} ORDER BY p.archived_at IS NOT NULL, p.name COLLATE NOCASE, p.id`),
      byId: db.prepare(`${SELECT} WHERE p.id = ?`),
      insert: db.prepare(`
        INSERT INTO parks (name, address, notes, map_url, created_at, updated_at)
        VALUES (:name, :address, :notes, :mapUrl, :now, :now)`),
      update: db.prepare(`
        UPDATE parks SET name = :name, address = :address, notes = :notes, map_url = :mapUrl, updated_at = :now
        WHERE id = :id`),
      archive: db.prepare('UPDATE parks SET archived_at = :archivedAt, updated_at = :now WHERE id = :id'),
    };
  }

  list(includeArchived = false): Park[] {
    return (includeArchived ? this.statements.all : this.statements.active).all().map(toPark);
  }

  get(id: number): Park {
    const row = this.statements.byId.get(id);
    if (!row) throw notFound();
    return toPark(row);
  }

  create(input: ParkInput, now = new Date().toISOString()): Park {
    const { lastInsertRowid } = this.statements.insert.run({ ...input, now });
    return this.get(Number(lastInsertRowid));
  }

  update(id: number, input: ParkInput, now = new Date().toISOString()): Park {
    if (this.statements.update.run({ ...input, id, now }).changes === 0) throw notFound();
    return this.get(id);
  }

  archive(id: number, archived: boolean, now = new Date().toISOString()): Park {
    if (this.statements.archive.run({ id, archivedAt: archived ? now : null, now }).changes === 0) throw notFound();
    return this.get(id);
  }
}
