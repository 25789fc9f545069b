import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ApiFailure, apiError } from '../../../shared/api/errors';

/**
 * Old names that Intl (ICU) still reports as canonical, e.g. as this computer's zone, for which the
 * time-zone source only has the current IANA name. Same rules, newer name.
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
 * The zone name to store and write as TZID: one the time-zone source has a VTIMEZONE for, so every
 * calendar reads the times right. A zone it cannot describe is refused where it is chosen.
 */
export function calendarTimeZone(zone: string, field: string): string {
  for (const name of [zone, CURRENT_NAMES[zone]]) {
    if (name !== undefined && getVtimezoneComponent(name) !== null) return name;
  }
  throw new ApiFailure(apiError('invalid_params', `Village cannot write calendar invites for the time zone ${zone}; choose a nearby city's zone.`, field));
}
