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

/** The key by Unicode's rules, for any script: the definition `nameKey` follows. */
export function unicodeNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(NOT_DECOMPOSED, (letter) => SPELLED_OUT[letter]!)
    .replace(/['’‘`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const APOSTROPHE = 39;
const BACKTICK = 96;
const DOT = 46;

/**
 * The same key as `unicodeNameKey`, by one scan for a plain-ASCII name (most of a sheet's): NFKD and
 * the spelled-out letters leave ASCII as it is, so only case, the dropped apostrophes and dots and the
 * runs between letters and digits are left (a 10,000-row import asks for ~30,000 keys; issue 18).
 */
export function nameKey(name: string): string {
  for (let at = 0; at < name.length; at += 1) if (name.charCodeAt(at) > 0x7f) return unicodeNameKey(name);
  const lower = name.toLowerCase();
  let key = '';
  let gap = false;
  let runStart = -1;
  for (let at = 0; at <= lower.length; at += 1) {
    const code = at < lower.length ? lower.charCodeAt(at) : 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (runStart === -1) {
        if (gap && key !== '') key += ' ';
        gap = false;
        runStart = at;
      }
      continue;
    }
    if (runStart !== -1) {
      key += lower.slice(runStart, at);
      runStart = -1;
    }
    // "O'Brien" is "OBrien", not "O Brien".
    if (code !== APOSTROPHE && code !== BACKTICK && code !== DOT) gap = true;
  }
  return key;
}
