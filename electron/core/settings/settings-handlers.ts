import type { settingsMethods } from '../../../shared/api/methods/settings';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { SettingsRepository } from './settings-repository';

export function settingsHandlers(context: CoreContext): HandlersFor<keyof typeof settingsMethods> {
  const settings = new SettingsRepository(context.db);
  return {
    'settings.get': () => settings.all(),
    'settings.set': (changes) => settings.set(changes),
  };
}
