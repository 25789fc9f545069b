/**
 * Suspected duplicate families for the organizer to review, found by the pure rule in shared/domain,
 * less the pairs the organizer has marked as different families.
 */
import type { Database, Statement } from 'better-sqlite3';
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { DismissedDuplicate, DuplicateSuggestion } from '../../../shared/api/methods/families';
import { findDuplicatePairs, type DuplicateCandidate } from '../../../shared/domain/families/duplicates';
import type { FamiliesRepository } from './families-repository';
import { groupByFamily } from './family-rows';

/** More than this is a list nobody reviews in one sitting; the rest show once these are resolved. */
export const DUPLICATES_SHOWN = 100;

export class FamilyDuplicates {
  private readonly families: FamiliesRepository;
  private readonly statements: {
    candidates: Statement<
      [],
      { id: number; parent_name: string; second_parent_name: string; email_key: string; phone_key: string }
    >;
    kids: Statement<[], { family_id: number; name: string; birth_date: string }>;
    dismissed: Statement<[], { family_id: number; other_family_id: number; dismissed_at: string }>;
    dismiss: Statement<[number, number, string]>;
    undismiss: Statement<[number, number]>;
    exists: Statement<[number], number>;
  };

  constructor(db: Database, families: FamiliesRepository) {
    this.families = families;
    this.statements = {
      candidates: db.prepare(
        'SELECT id, parent_name, second_parent_name, email_key, phone_key FROM families ORDER BY id',
      ),
      kids: db.prepare('SELECT family_id, name, birth_date FROM kids ORDER BY family_id, position'),
      dismissed: db.prepare(
        'SELECT family_id, other_family_id, dismissed_at FROM duplicate_dismissals ORDER BY dismissed_at DESC, id DESC',
      ),
      dismiss: db.prepare(
        'INSERT INTO duplicate_dismissals (family_id, other_family_id, dismissed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      undismiss: db.prepare('DELETE FROM duplicate_dismissals WHERE family_id = ? AND other_family_id = ?'),
      exists: db.prepare<[number], number>('SELECT count(*) FROM families WHERE id = ?').pluck(),
    };
  }

  list(): { suggestions: DuplicateSuggestion[]; total: number; dismissed: DismissedDuplicate[] } {
    const kids = groupByFamily(this.statements.kids.all(), (kid) => ({ name: kid.name, birthDate: kid.birth_date }));
    const candidates: DuplicateCandidate[] = this.statements.candidates.all().map((row) => ({
      id: row.id,
      parentName: row.parent_name,
      secondParentName: row.second_parent_name,
      emailKey: row.email_key,
      phoneKey: row.phone_key,
      kids: kids.get(row.id) ?? [],
    }));
    const dismissedRows = this.statements.dismissed.all();
    const dismissed = new Set(dismissedRows.map((row) => `${row.family_id}-${row.other_family_id}`));
    const pairs = findDuplicatePairs(candidates).filter((pair) => !dismissed.has(`${pair.ids[0]}-${pair.ids[1]}`));
    return {
      total: pairs.length,
      suggestions: pairs.slice(0, DUPLICATES_SHOWN).map((pair) => ({
        reasons: pair.reasons,
        families: [this.families.get(pair.ids[0]), this.families.get(pair.ids[1])],
      })),
      dismissed: dismissedRows.map((row) => ({
        families: [this.families.get(row.family_id), this.families.get(row.other_family_id)],
        dismissedAt: row.dismissed_at,
      })),
    };
  }

  /** Marks two families as different families: the pair is no longer suggested. */
  dismiss(ids: readonly [number, number], now: Date = new Date()): void {
    const [low, high] = this.ordered(ids);
    this.statements.dismiss.run(low, high, now.toISOString());
  }

  /** Takes a "different families" mark back (the organizer's undo). */
  undismiss(ids: readonly [number, number]): void {
    const [low, high] = this.ordered(ids);
    this.statements.undismiss.run(low, high);
  }

  private ordered([a, b]: readonly [number, number]): [number, number] {
    if (a === b) throw new ApiFailure(apiError('invalid_params', 'Choose two different families.', 'ids'));
    for (const id of [a, b]) {
      if (this.statements.exists.get(id) === 0)
        throw new ApiFailure(
          apiError('not_found', 'One of these families no longer exists; it may have been merged or deleted.'),
        );
    }
    return a < b ? [a, b] : [b, a];
  }
}
