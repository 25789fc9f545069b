/**
 * Counts as the organizer reads them, with thousands separators ("47,751 new"), the same on every screen:
 * a progress bar saying "12,096 of 47,751" beside a summary saying "47751 new" reads like two numbers.
 */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}
