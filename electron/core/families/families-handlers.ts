import type { familiesMethods } from '../../../shared/api/methods/families';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { familiesCsv } from './families-csv';
import { FamiliesRepository } from './families-repository';
import { FamilyDuplicates } from './family-duplicates';
import { FamilyMerge } from './family-merge';
import { FamilyRoster } from './family-roster';

export function familiesHandlers(context: CoreContext): HandlersFor<keyof typeof familiesMethods> {
  const families = new FamiliesRepository(context.db);
  const roster = new FamilyRoster(context.db);
  const duplicates = new FamilyDuplicates(context.db, families);
  const merges = new FamilyMerge(context.db);
  return {
    'families.list': ({ search }) => families.list(search),
    'families.roster': ({ limit }) => roster.rows(limit),
    'families.get': ({ id }) => families.get(id),
    'families.history': ({ id }) => roster.history(id),
    'families.create': (input) => families.create(input),
    'families.update': ({ id, family }) => families.update(id, family),
    'families.delete': ({ id }) => {
      families.delete(id);
      return { deleted: true };
    },
    'families.deleteMany': ({ ids }) => ({ deleted: families.deleteMany(ids) }),
    'families.tag': ({ ids, tag }) => ({ tagged: families.tagMany(ids, tag) }),
    'families.duplicates': () => duplicates.list(),
    'families.merge': ({ keepId, mergeId }) => {
      const undoId = merges.merge(keepId, mergeId);
      return { family: families.get(keepId), undoId };
    },
    'families.unmerge': ({ undoId }) => ({ family: families.get(merges.unmerge(undoId)) }),
    'families.exportCsv': ({ ids }) => {
      const wanted = ids === undefined ? null : new Set(ids);
      const chosen = families.list('').filter((family) => wanted === null || wanted.has(family.id));
      return { csv: familiesCsv(chosen), families: chosen.length };
    },
  };
}
