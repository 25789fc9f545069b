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

function isLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Lower-case ASCII that is already a key: runs of letters and digits, one space between them. */
function isKey(lower: string): boolean {
  let afterSpace = true;
  for (let at = 0; at < lower.length; at += 1) {
    const code = lower.charCodeAt(at);
    if (isLetterOrDigit(code)) afterSpace = false;
    else if (code === 0x20 && !afterSpace) afterSpace = true;
    else return false;
  }
  return !afterSpace || lower === '';
}

/**
 * The same key as `unicodeNameKey`, without its Unicode passes for a plain-ASCII name (most of a sheet's):
 * NFKD and the spelled-out letters leave ASCII as it is, so only case, the dropped apostrophes and dots
 * and the runs between letters and digits are left. A name already in that form ("Dana Reyes") is its
 * own lower case, one flat string (a 10,000-row import asks for ~30,000 keys; issue 18).
 */
export function nameKey(name: string): string {
  for (let at = 0; at < name.length; at += 1) if (name.charCodeAt(at) > 0x7f) return unicodeNameKey(name);
  const lower = name.toLowerCase();
  return isKey(lower)
    ? lower
    : lower
        .replace(/['`.]/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
