/** Builds the app once before the specs that need `out/` (skipped when out/ is up to date). */
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

export default function setup(): void {
  buildIfStale({ quiet: true });
}
