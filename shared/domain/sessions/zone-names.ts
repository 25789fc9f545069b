/**
 * Time zones by the names people use: "Pacific Time — Los Angeles" rather than America/Los_Angeles.
 * The generic name comes from Intl (timeZoneName 'longGeneric', CLDR's metazone names), so there is no
 * hand-written table to go stale; the city is the IANA name's last part.
 */

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

const formats = new Map<string, Intl.DateTimeFormat>();

function zoneNamePart(zone: string, style: 'longGeneric' | 'shortOffset', at: Date): string {
  const key = `${zone}\u0000${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style });
    formats.set(key, format);
  }
  return format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** "Los Angeles", "Buenos Aires", "Port-au-Prince": the place the zone is named after. */
export function zoneCity(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

/** "Pacific Time — Los Angeles"; a zone with no everyday name reads "Kiritimati (GMT+14)". */
export function zoneLabel(zone: string, at: Date = new Date()): string {
  if (UTC_NAMES.has(zone)) return 'Coordinated Universal Time (UTC)';
  let generic: string;
  try {
    generic = zoneNamePart(zone, 'longGeneric', at);
  } catch {
    return zone;
  }
  const city = zoneCity(zone);
  if (generic === '' || /^GMT/.test(generic)) return `${city} (${zoneNamePart(zone, 'shortOffset', at)})`;
  return `${generic} — ${city}`;
}

export interface ZoneChoice {
  zone: string;
  label: string;
  /** Lower-cased label, IANA name and offset, for search as you type. */
  searchText: string;
}

/** Every zone offered, by everyday name. */
export function zoneChoices(zones: readonly string[], at: Date = new Date()): ZoneChoice[] {
  return zones
    .map((zone) => {
      const label = zoneLabel(zone, at);
      const offset = UTC_NAMES.has(zone) ? 'GMT' : zoneNamePart(zone, 'shortOffset', at);
      return { zone, label, searchText: `${label} ${zone.replace(/_/g, ' ')} ${offset}`.toLowerCase() };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** The choices matching every word typed ("pacific", "los ang", "gmt+1", "tehran"). */
export function searchZones(choices: readonly ZoneChoice[], query: string): ZoneChoice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((choice) => words.every((word) => choice.searchText.includes(word)));
}
