/**
 * Copies of the strings a plan keeps from a sheet's text. V8 keeps a piece of 13 characters or more cut
 * from a string (a cell, a name, an email) as a slice pointing into the whole string, so a single name
 * kept from a 100,000-row sheet keeps all 14 MB of its text alive through the write. Given their own
 * copies as rows are read, the text is let go once planning ends (issue 18).
 */
import type { ImportPreview } from '../../../shared/domain/import/import-preview';

/** Shorter strings are never slices of another: already their own. */
const SLICE_MIN_LENGTH = 13;

/** The same text in a string of its own, sharing no memory with the string it was cut from. */
export function ownCopy(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * V8 keeps the string the last regular expression searched (for RegExp.input and RegExp.$1, a legacy of
 * early JavaScript): a search of an empty string makes it let go of the last cell searched, and with it
 * the sheet's text.
 */
export function forgetLastSearch(): void {
  /(?:)/.exec('');
}

/**
 * The preview with strings of its own: a copy as IPC would make (its rows show the sheet's cells, its
 * errors quote them). A preview is small (at most 1,000 rows) unless most rows are errors.
 */
export function ownPreviewStrings(preview: ImportPreview): ImportPreview {
  return structuredClone(preview);
}
