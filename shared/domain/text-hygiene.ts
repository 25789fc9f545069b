/**
 * What text Village stores. Names and notes are kept in Unicode NFC, so "é" typed on a Mac (e + combining
 * accent) and on Windows (one code point) are the same name for search, sort and duplicates. Some
 * characters are refused outright, because they make stored text lie about itself:
 * - NUL and other control characters: invisible, cut text short in C-based tools, and a NUL in a search
 *   matched every family.
 * - Bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what is shown, so
 *   "Anna‮nosliW" reads as another name (the "Trojan Source" trick, CVE-2021-42574). Plain right-to-left
 *   names need none of them; the invisible marks LRM/RLM stay allowed.
 * - A name made only of invisible characters (zero-width spaces, fillers): a family nobody can see or
 *   find in the list.
 */
export type TextKind = 'name' | 'line' | 'multiline';

export type TextProblem = 'control' | 'bidi' | 'invisible';

/** C0 and C1 controls and DEL; a multi-line text may hold tab, LF and CR. Matching them is the point here. */
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/**
 * Characters that draw nothing: spaces and separators, format characters (zero-width space and joiners,
 * BOM, soft hyphen, LRM/RLM), and the letters and symbols that are blank by design (Hangul fillers,
 * the blank Braille pattern, the combining grapheme joiner).
 */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{Z}\u034F\u115F\u1160\u3164\uFFA0\u2800]/gu;

export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

/** Why `text` cannot be stored as a `kind`, or null when it can. An empty text is for the caller to judge. */
export function textProblem(text: string, kind: TextKind): TextProblem | null {
  if ((kind === 'multiline' ? CONTROL_IN_MULTILINE : CONTROL_IN_LINE).test(text)) return 'control';
  if (BIDI_CONTROL.test(text)) return 'bidi';
  if (kind === 'name' && text !== '' && text.replace(INVISIBLE, '') === '') return 'invisible';
  return null;
}

/** The organizer-facing sentence for a problem with the field called `label` ("The parent's name"). */
export function textProblemMessage(label: string, problem: TextProblem): string {
  switch (problem) {
    case 'control':
      return `${label} contains a hidden control character (such as a null byte); please type it again.`;
    case 'bidi':
      return `${label} contains a hidden character that changes the direction text is shown in; please type it again without it.`;
    case 'invisible':
      return `${label} has only invisible characters; please type a name that can be seen.`;
  }
}
