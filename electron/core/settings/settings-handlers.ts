import type { settingsMethods } from '../../../shared/api/methods/settings';
import { localToday } from '../../../shared/domain/calendar-date';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { calendarTimeZone } from '../calendar/calendar-time-zone';
import { SessionZoneMove } from '../sessions/session-zone-move';
import { SettingsRepository } from './settings-repository';

export function settingsHandlers(context: CoreContext): HandlersFor<keyof typeof settingsMethods> {
  const settings = new SettingsRepository(context.db);
  const zoneMove = new SessionZoneMove(context.db);
  return {
    'settings.get': () => settings.all(),
    'settings.set': ({ plannedSessions, ...changes }) => {
      const timeZone = changes.timeZone === undefined ? undefined : calendarTimeZone(changes.timeZone, 'timeZone');
      // The new zone and the sessions moved to it are saved together, or neither.
      return context.db
        .transaction(() => {
          const previous = settings.get('timeZone');
          if (timeZone !== undefined && plannedSessions !== undefined)
            zoneMove.move(previous, timeZone, plannedSessions, localToday(), new Date().toISOString());
          return settings.set({ ...changes, ...(timeZone === undefined ? {} : { timeZone }) });
        })
        .immediate();
    },
  };
}
