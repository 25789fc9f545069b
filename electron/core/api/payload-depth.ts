/**
 * How deeply a payload nests, measured without recursion. Village's real payloads nest a few levels (a
 * family with its kids); a hostile one nested thousands deep would overflow the stack of any recursive
 * validator (zod included) and turn into a crash instead of a refusal.
 */
export const MAX_PAYLOAD_DEPTH = 32;

/** True when `value` has arrays or objects nested more than `limit` levels deep. */
export function nestsDeeperThan(value: unknown, limit: number = MAX_PAYLOAD_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    // A typed array holds numbers, never anything nested (and a sheet's bytes are millions of them).
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current)) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
