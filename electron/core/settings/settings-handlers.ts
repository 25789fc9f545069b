import type { settingsMethods } from '../../../shared/api/methods/settings';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { calendarTimeZone } from '../calendar/calendar-time-zone';
import { SettingsRepository } from './settings-repository';

export function settingsHandlers(context: CoreContext): HandlersFor<keyof typeof settingsMethods> {
  const settings = new SettingsRepository(context.db);
  return {
    'settings.get': () => settings.all(),
    'settings.set': (changes) => {
      const timeZone = changes.timeZone === undefined ? undefined : calendarTimeZone(changes.timeZone, 'timeZone');
      return settings.set({ ...changes, ...(timeZone === undefined ? {} : { timeZone }) });
    },
  };
}
