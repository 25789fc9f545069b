import type { connectionsMethods } from '../../../shared/api/methods/connections';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { RsvpsRepository } from '../sessions/rsvps-repository';
import { CirclesRepository } from './circles-repository';
import { ConnectionData } from './connection-data';
import { ConnectionViews } from './connection-views';
import { IntroductionsRepository } from './introductions-repository';
import { NeighborsRepository } from './neighbors-repository';

export function connectionsHandlers(context: CoreContext): HandlersFor<keyof typeof connectionsMethods> {
  const circles = new CirclesRepository(context.db);
  const introductions = new IntroductionsRepository(context.db);
  const neighbors = new NeighborsRepository(context.db);
  const views = new ConnectionViews(context.db, circles, introductions);
  const data = new ConnectionData(context.db);
  const rsvps = new RsvpsRepository(context.db);
  const neighborList = () => {
    const names = data.displayNames();
    return neighbors.list().map((row) => ({
      neighborhood: names.get(row.neighborhoodKey) ?? row.neighborhoodKey,
      other: names.get(row.otherKey) ?? row.otherKey,
    }));
  };
  return {
    'connections.pairs': ({ familyId, limit }) => views.pairs(familyId, limit),
    'connections.unconnected': () => views.unconnected(),
    'connections.proposeCircles': (options) => views.propose(options),
    'connections.circles': () => views.saved(),
    'connections.saveCircles': ({ circles: list }) => {
      circles.save(list);
      return views.saved();
    },
    'connections.describeCircles': ({ circles: list, maxAgeGapMonths, on }) =>
      views.describe(list, { maxAgeGapMonths, on }),
    'connections.sessionIdea': ({ familyIds, kind }) => views.sessionIdea(familyIds, kind),
    'connections.moveFamily': ({ familyId, circleId }) => {
      circles.moveFamily(familyId, circleId);
      return views.saved();
    },
    'connections.removeFromCircle': ({ familyId }) => {
      circles.removeFamily(familyId);
      return views.saved();
    },
    'connections.updateCircle': ({ circleId, name, locked }) => {
      circles.update(circleId, { name, locked });
      return views.saved();
    },
    'connections.deleteCircle': ({ circleId }) => {
      circles.delete(circleId);
      return views.saved();
    },
    // The same invite as the session's own list: families already on it keep their answer.
    'connections.inviteCircle': ({ circleId, sessionId }) => rsvps.inviteMany(sessionId, circles.familyIdsOf(circleId)),
    'connections.welcome': ({ sessionId, familyId }) => views.welcome(sessionId, familyId),
    'connections.introduce': ({ familyId, otherFamilyId, record }) => views.introduce(familyId, otherFamilyId, record),
    'connections.introductions': ({ familyId }) => introductions.ofFamily(familyId),
    'connections.neighbors': () => neighborList(),
    'connections.neighborhoods': () =>
      [...data.displayNames().values()].sort((x, y) => x.localeCompare(y, 'en', { sensitivity: 'base' })),
    'connections.setNeighbors': ({ neighborhood, other, neighboring }) => {
      neighbors.set(neighborhood, other, neighboring);
      return neighborList();
    },
  };
}
