import { ApiFailure, apiError } from '../../../shared/api/errors';
import { isTimeZone } from '../../../shared/domain/sessions/wall-clock';

/**
 * Old names that Intl (ICU) still reports as canonical, e.g. as this computer's zone. Same rules, newer
 * name: stored and written as TZID under the name calendars (and the IANA database) use today.
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/**
 * The zone name to store and write as TZID: one the tz data Node ships knows (vtimezone.ts writes its
 * VTIMEZONE from those rules), under its current IANA name. Any other zone is refused where it is chosen.
 */
export function calendarTimeZone(zone: string, field: string): string {
  const name = CURRENT_NAMES[zone] ?? zone;
  if (isTimeZone(name)) return name;
  throw new ApiFailure(
    apiError(
      'invalid_params',
      `Village does not know the time zone ${zone}; choose the city nearest to your meetups.`,
      field,
    ),
  );
}
