/**
 * The one key Village compares people's and kids' names by: import matching, the duplicates review,
 * attendee lists and check-in search all use it, so "Chloé O'Brien", "chloe obrien" and "CHLOE O’BRIEN"
 * are the same name everywhere, not only on some screens.
 *
 * Case and accents are dropped (NFKD, then combining marks), letters that do not decompose are spelled
 * out as a keyboard would (ß → ss, ø → o), apostrophes and dots vanish ("O'Brien" = "OBrien",
 * "M. Reyes" = "M Reyes"), and hyphens, commas and runs of spaces become one space, so "Mary-Jane" and
 * "Mary Jane" agree.
 */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const NOT_DECOMPOSED = new RegExp(`[${Object.keys(SPELLED_OUT).join('')}]`, 'g');

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(NOT_DECOMPOSED, (letter) => SPELLED_OUT[letter]!)
    .replace(/['’‘`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
