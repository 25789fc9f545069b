/**
 * A copy of `set` with `item` ticked if it was not, unticked if it was. A copy, so React sees a new
 * value and the ticks a screen keeps in state are never changed under it.
 */
export function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}
