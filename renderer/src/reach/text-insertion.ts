/** Puts `insert` in place of the selection of a text field, returning the new text and caret position. */
export function insertAtSelection(
  text: string,
  selection: { start: number; end: number } | null,
  insert: string,
): { text: string; caret: number } {
  const start = selection?.start ?? text.length;
  const end = selection?.end ?? text.length;
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
