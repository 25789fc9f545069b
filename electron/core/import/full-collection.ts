/**
 * A full garbage collection between reading a big sheet and writing it. Reading 100,000 rows leaves V8's
 * heap at about twice what the plan keeps (parsed rows, keys and text no longer referenced), and V8 does
 * not give that back before the write adds SQLite's cache and statements on top: the import's peak
 * memory is then the reading's garbage plus the writing (issue 18; ~8 MB of a 100,000-row import's peak).
 * Node has no public call for a collection without `--expose-gc`; the V8 flag set at run time exposes
 * `gc` to new contexts (the way Jest's leak detector reaches it), and that `gc` collects this whole
 * isolate. Where the flag cannot be set, nothing happens: the import is the same, only its peak higher.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const exposed: unknown = vm.runInNewContext('gc');
      collect = typeof exposed === 'function' ? (exposed as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
