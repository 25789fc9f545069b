import type { preferencesMethods } from '../../../shared/api/methods/preferences';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { PreferencesRepository } from './preferences-repository';

export function preferencesHandlers(context: CoreContext): HandlersFor<keyof typeof preferencesMethods> {
  const preferences = new PreferencesRepository(context.db);
  return {
    'preferences.get': ({ key }) => preferences.get(key),
    'preferences.set': ({ key, value }) => {
      preferences.set(key, value);
      return { saved: true };
    },
  };
}
