import type { calendarMethods } from '../../../shared/api/methods/calendar';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { CalendarExport } from './calendar-export';

export function calendarHandlers(context: CoreContext): HandlersFor<keyof typeof calendarMethods> {
  const calendar = new CalendarExport(context.db);
  return {
    'calendar.export': ({ target, reminderMinutes }) => calendar.export(target, { reminderMinutes }),
  };
}
