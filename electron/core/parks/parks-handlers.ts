import type { parksMethods } from '../../../shared/api/methods/parks';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { ParksRepository } from './parks-repository';

export function parksHandlers(context: CoreContext): HandlersFor<keyof typeof parksMethods> {
  const parks = new ParksRepository(context.db);
  return {
    'parks.list': ({ includeArchived }) => parks.list(includeArchived),
    'parks.create': (input) => parks.create(input),
    'parks.update': ({ id, park }) => parks.update(id, park),
    'parks.archive': ({ id, archived }) => parks.archive(id, archived),
  };
}
