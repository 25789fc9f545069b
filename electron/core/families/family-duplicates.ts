/** Suspected duplicate families for the organizer to review, found by the pure rule in shared/domain. */
import type { Database, Statement } from 'better-sqlite3';
import type { DuplicateSuggestion } from '../../../shared/api/methods/families';
import { findDuplicatePairs, type DuplicateCandidate } from '../../../shared/domain/duplicates';
import type { FamiliesRepository } from './families-repository';
import { groupByFamily } from './family-rows';

/** More than this is a list nobody reviews in one sitting; the rest show once these are resolved. */
export const DUPLICATES_SHOWN = 100;

export class FamilyDuplicates {
  private readonly families: FamiliesRepository;
  private readonly statements: {
    candidates: Statement<[], { id: number; parent_name: string; second_parent_name: string; email_key: string; phone_key: string }>;
    kids: Statement<[], { family_id: number; name: string; birth_date: string }>;
  };

  constructor(db: Database, families: FamiliesRepository) {
    this.families = families;
    this.statements = {
      candidates: db.prepare('SELECT id, parent_name, second_parent_name, email_key, phone_key FROM families ORDER BY id'),
      kids: db.prepare('SELECT family_id, name, birth_date FROM kids ORDER BY family_id, position'),
    };
  }

  list(): { suggestions: DuplicateSuggestion[]; total: number } {
    const kids = groupByFamily(this.statements.kids.all(), (kid) => ({ name: kid.name, birthDate: kid.birth_date }));
    const candidates: DuplicateCandidate[] = this.statements.candidates.all().map((row) => ({
      id: row.id,
      parentName: row.parent_name,
      secondParentName: row.second_parent_name,
      emailKey: row.email_key,
      phoneKey: row.phone_key,
      kids: kids.get(row.id) ?? [],
    }));
    const pairs = findDuplicatePairs(candidates);
    return {
      total: pairs.length,
      suggestions: pairs.slice(0, DUPLICATES_SHOWN).map((pair) => ({
        reasons: pair.reasons,
        families: [this.families.get(pair.ids[0]), this.families.get(pair.ids[1])],
      })),
    };
  }
}
