/** The settings of a sheet the organizer can override in the preview: encoding, delimiter, date order. */
export const SHEET_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type SheetEncoding = (typeof SHEET_ENCODINGS)[number];

export const ENCODING_LABELS: Record<SheetEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (Excel "Unicode Text")',
  'utf-16be': 'UTF-16 big-endian',
  'windows-1252': 'Windows (Western, 1252)',
};

export const SHEET_DELIMITERS = [',', ';', '\t', '|'] as const;
export type SheetDelimiter = (typeof SHEET_DELIMITERS)[number];

export const DELIMITER_LABELS: Record<SheetDelimiter, string> = {
  ',': 'Comma (,)',
  ';': 'Semicolon (;)',
  '\t': 'Tab',
  '|': 'Bar (|)',
};

export type SheetFormat = 'google-forms' | 'signupgenius' | 'eventbrite' | 'meetup' | 'sheet';

export const FORMAT_LABELS: Record<SheetFormat, string> = {
  'google-forms': 'Google Forms responses',
  signupgenius: 'SignUpGenius report',
  eventbrite: 'Eventbrite attendee report',
  meetup: 'Meetup attendee list',
  sheet: 'Spreadsheet',
};

/** Larger files are refused before they are read: a sheet of 100,000 sign-ups is about 15 MB. */
export const MAX_SHEET_BYTES = 40 * 1024 * 1024;

/** Which known export a header row comes from, for the preview and the import history. */
export function detectFormat(headers: readonly string[]): SheetFormat {
  const has = (name: string) => headers.some((header) => header.trim().toLowerCase() === name);
  if (headers[0]?.trim().toLowerCase() === 'timestamp') return 'google-forms';
  if (has('sign up timestamp') || (has('sign up') && has('sign up comment'))) return 'signupgenius';
  if ((has('order #') || has('order no.')) && (has('attendee status') || has('attendee #') || has('attendee no.')))
    return 'eventbrite';
  if (has('rsvped on') || (has('user id') && has('rsvp'))) return 'meetup';
  return 'sheet';
}
