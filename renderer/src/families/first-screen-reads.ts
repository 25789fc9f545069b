/**
 * What the families screen reads before its first frame, in one place: the page's first script asks for
 * them (main.tsx, before the screen's code has even arrived) and the screen's hooks take the answers.
 * Kept free of React and TanStack, so the first script stays small.
 */
import { readEarly } from '../api/early-reads';

/** Enough rows to fill the first screen while the whole roster (7 MB for 20,000 families) loads. */
export const FIRST_SCREENFUL = { limit: 40 };
/** The columns she hid, in a wide window and in a narrow one (a tablet held upright). */
export const HIDDEN_COLUMNS = 'families.hiddenColumns';
export const HIDDEN_COLUMNS_NARROW = 'families.hiddenColumnsNarrow';

export function readFamiliesScreenEarly(): void {
  readEarly('families.roster', FIRST_SCREENFUL);
  readEarly('preferences.get', { key: HIDDEN_COLUMNS });
  readEarly('preferences.get', { key: HIDDEN_COLUMNS_NARROW });
}
