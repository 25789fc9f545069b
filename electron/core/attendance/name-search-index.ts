/**
 * The check-in search's forgiving half: every word of every parent's and kid's name, by name key, so
 * "Pria Natarajan" finds Priya and "Chloe" finds Chloé. The exact-text search in SQL answers first; this
 * fills in when it finds too few.
 *
 * The words are read once and kept until a family or kid changes: names repeat (20,000 families hold a
 * few thousand distinct words), so a keystroke compares the typed words with each distinct word once,
 * not with every family.
 */
import type { Database, Statement } from 'better-sqlite3';
import { nameKey } from '../../../shared/domain/people/name-key';
import { searchWordDistance } from '../../../shared/domain/people/name-similarity';

export class NameSearchIndex {
  private readonly statements: {
    families: Statement<[], { id: number; parent_name: string; second_parent_name: string }>;
    kids: Statement<[], { family_id: number; name: string }>;
    changes: Statement<[], number>;
    dataVersion: Statement<[], number>;
    signature: Statement<[], string>;
  };
  /** Name word → the families with that word in a parent's or kid's name. */
  private words = new Map<string, number[]>();
  private seenChanges = '';
  private signature = '';
  /**
   * Name → its words, kept across rebuilds: after a walk-in or an edit only the new names are worked
   * out again (nameKey is most of a rebuild's cost).
   */
  private readonly wordsOfName = new Map<string, string[]>();

  constructor(db: Database) {
    this.statements = {
      families: db.prepare('SELECT id, parent_name, second_parent_name FROM families'),
      kids: db.prepare("SELECT family_id, name FROM kids WHERE name <> ''"),
      // Writes on this connection, and commits by another one (the CLI beside the app).
      changes: db.prepare<[], number>('SELECT total_changes()').pluck(),
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
      // Names change only with a family's updated_at (kids are saved with their family) or with rows
      // added or removed; a check-in changes none of these, so it does not cost a rebuild.
      signature: db
        .prepare<[], string>(
          `SELECT (SELECT count(*) FROM families) || ':' || (SELECT coalesce(max(updated_at), '') FROM families) || ':' ||
                  (SELECT count(*) FROM kids) || ':' || (SELECT coalesce(max(id), 0) FROM kids)`,
        )
        .pluck(),
    };
  }

  /**
   * Families whose names hold every typed word (as the start of a word, or with a typo), closest first;
   * ties keep the order the families were read in.
   */
  find(search: string, exclude: ReadonlySet<number>, limit: number): number[] {
    const typed = nameKey(search).split(' ').filter(Boolean);
    if (typed.length === 0 || limit <= 0) return [];
    this.refresh();
    let best: Map<number, number> | null = null;
    for (const word of typed) {
      const found = new Map<number, number>();
      for (const [nameWord, families] of this.words) {
        const distance = searchWordDistance(word, nameWord);
        if (distance === null) continue;
        for (const id of families) {
          if ((best === null || best.has(id)) && !((found.get(id) ?? Infinity) <= distance)) found.set(id, distance);
        }
      }
      best = best === null ? found : new Map([...found].map(([id, distance]) => [id, distance + best!.get(id)!]));
      if (best.size === 0) return [];
    }
    return [...best!]
      .filter(([id]) => !exclude.has(id))
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }

  private refresh(): void {
    const changes = `${this.statements.changes.get()!}.${this.statements.dataVersion.get()!}`;
    if (changes === this.seenChanges) return;
    this.seenChanges = changes;
    const signature = this.statements.signature.get()!;
    if (signature === this.signature) return;
    this.signature = signature;
    const words = new Map<string, Set<number>>();
    const add = (name: string, id: number) => {
      if (name === '') return;
      let nameWords = this.wordsOfName.get(name);
      if (nameWords === undefined) {
        nameWords = nameKey(name).split(' ').filter(Boolean);
        this.wordsOfName.set(name, nameWords);
      }
      for (const word of nameWords) {
        const families = words.get(word);
        if (families) families.add(id);
        else words.set(word, new Set([id]));
      }
    };
    for (const family of this.statements.families.all()) {
      add(family.parent_name, family.id);
      add(family.second_parent_name, family.id);
    }
    for (const kid of this.statements.kids.all()) add(kid.name, kid.family_id);
    this.words = new Map([...words].map(([word, families]) => [word, [...families]]));
  }
}
