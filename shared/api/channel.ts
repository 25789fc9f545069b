/**
 * The IPC channels and the bridge preload exposes. Kept free of runtime imports (types only) because the sandboxed preload
 * script cannot load packages such as zod.
 */
import type { WorkProgress } from './work-progress';

export const API_CHANNEL = 'village:api';

/**
 * Main tells the window how far along long work is (work/long-work.ts), and null when it has ended.
 * Browser mode's page reads the same from PROGRESS_PATH.
 */
export const PROGRESS_CHANNEL = 'village:progress';
export const PROGRESS_PATH = '/api/progress';

/** Prints the window's page (with its print stylesheet) to a PDF the organizer saves where she chooses. */
export const PRINT_TO_PDF_CHANNEL = 'village:print-to-pdf';

export interface PrintToPdfRequest {
  /** The suggested file name, e.g. "Sign-in sheet 2026-11-08.pdf". */
  fileName: string;
}

export type PrintToPdfResult =
  | { saved: true; fileName: string }
  | { saved: false; reason: 'cancelled' }
  | { saved: false; reason: 'failed'; message: string };

/** What preload exposes on `window.village`, and what the browser-mode client mimics. */
export interface VillageBridge {
  invoke(method: string, params: unknown): Promise<unknown>;
  /** Electron only: browser mode prints with window.print() instead. */
  printToPdf?(request: PrintToPdfRequest): Promise<PrintToPdfResult>;
  /** Calls `listener` with each progress report of long work; returns the function that stops it. */
  onProgress?(listener: (progress: WorkProgress | null) => void): () => void;
}
