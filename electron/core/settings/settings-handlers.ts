import type { settingsMethods } from '../../../shared/api/methods/settings';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { SettingsRepository } from './settings-repository';

export function settingsHandlers(context: CoreContext): HandlersFor<keyof typeof settingsMethods> {
  const settings = new SettingsRepository(context.db);
  return {
    'settings.get': ({ key }) => settings.get(key),
    'settings.set': ({ key, value }) => {
      settings.set(key, value);
      return { saved: true };
    },
  };
}
