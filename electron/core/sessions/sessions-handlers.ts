import type { sessionsMethods } from '../../../shared/api/methods/sessions';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { AutomaticOffers } from '../reach/automatic-offers';
import { SettingsRepository } from '../settings/settings-repository';
import { RsvpsRepository } from './rsvps-repository';
import { SessionsRepository } from './sessions-repository';

export function sessionsHandlers(context: CoreContext): HandlersFor<keyof typeof sessionsMethods> {
  const sessions = new SessionsRepository(context.db);
  const rsvps = new RsvpsRepository(context.db);
  const settings = new SettingsRepository(context.db);
  const answers = new AutomaticOffers(context.db);
  return {
    'sessions.list': (options) => sessions.list(options),
    'sessions.get': ({ id }) => sessions.get(id),
    'sessions.create': (input) => sessions.create(input, settings.get('timeZone')),
    'sessions.update': ({ id, scope, session }) => sessions.update(id, scope, session, settings.get('timeZone')),
    'sessions.cancel': ({ id, scope }) => sessions.cancel(id, scope),
    'sessions.suggestions': ({ id }) => rsvps.suggestions(id),
    'rsvps.list': ({ sessionId }) => rsvps.list(sessionId),
    // A going family stepping back from a full session offers the place to the waitlist in the same write.
    'rsvps.set': ({ sessionId, familyId, status }) => answers.answer(sessionId, familyId, status),
    'rsvps.invite': ({ sessionId, familyIds }) => rsvps.inviteMany(sessionId, familyIds),
  };
}
