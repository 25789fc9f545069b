/**
 * The one IPC channel the API travels on, and the bridge preload exposes. Kept free of imports because the
 * sandboxed preload script cannot load packages such as zod.
 */
export const API_CHANNEL = 'village:api';

/** What preload exposes on `window.village`, and what the browser-mode client mimics. */
export interface VillageBridge {
  invoke(method: string, params: unknown): Promise<unknown>;
}
