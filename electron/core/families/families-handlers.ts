import type { familiesMethods } from '../../../shared/api/methods/families';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { FamiliesRepository } from './families-repository';

export function familiesHandlers(context: CoreContext): HandlersFor<keyof typeof familiesMethods> {
  const families = new FamiliesRepository(context.db);
  return {
    'families.list': ({ search }) => families.list(search),
    'families.get': ({ id }) => families.get(id),
    'families.create': (input) => families.create(input),
    'families.update': ({ id, family }) => families.update(id, family),
    'families.delete': ({ id }) => {
      families.delete(id);
      return { deleted: true };
    },
  };
}
