/**
 * The print-to-PDF IPC handler, kept free of Electron imports so it is tested under Node: only the app's
 * own page may ask; the page is printed with its print stylesheet, the organizer chooses where to save,
 * and the file name suggested by the page is reduced to a plain name (no folders).
 */
import type { PrintToPdfResult } from '../../shared/api/channel';
import { isTrustedRendererUrl } from './trusted-urls';
import type { IpcSender } from './ipc-handler';

export interface PrintToPdfDeps<E extends IpcSender> {
  rendererUrl: string;
  /** webContents.printToPDF of the sender. */
  print(event: E): Promise<Uint8Array>;
  /** The save dialog; null when cancelled. */
  chooseFile(event: E, suggestedName: string): Promise<string | null>;
  writeFile(file: string, data: Uint8Array): Promise<void>;
}

/** A file name safe to suggest: no folders, no control or reserved characters, ends in .pdf. */
export function safePdfFileName(requested: unknown): string {
  const text = typeof requested === 'string' ? requested : '';
  const base = text
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120)
    .replace(/\.pdf$/i, '')
    .trim();
  return `${base || 'Village'}.pdf`;
}

export function createPrintToPdfHandler<E extends IpcSender>(deps: PrintToPdfDeps<E>) {
  return async (event: E, request: unknown): Promise<PrintToPdfResult> => {
    if (!isTrustedRendererUrl(event.senderFrame?.url, deps.rendererUrl)) {
      return { saved: false, reason: 'failed', message: 'This page may not print Village data.' };
    }
    const suggested = safePdfFileName((request as { fileName?: unknown } | null)?.fileName);
    try {
      const pdf = await deps.print(event);
      const file = await deps.chooseFile(event, suggested);
      if (file === null) return { saved: false, reason: 'cancelled' };
      await deps.writeFile(file, pdf);
      return { saved: true, fileName: file.split(/[\\/]/).at(-1) ?? suggested };
    } catch {
      return {
        saved: false,
        reason: 'failed',
        message: 'Village could not save the PDF. Check there is room on the disk and try again.',
      };
    }
  };
}
