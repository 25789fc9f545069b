/**
 * The renderer's only door to the main process: `invoke` forwards a method name and params on the API
 * channel, `printToPdf` asks main to print the page to a PDF file, and `onProgress` passes on long work's
 * progress. No ipcRenderer, no Node, no process.env reach the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  API_CHANNEL,
  PRINT_TO_PDF_CHANNEL,
  PROGRESS_CHANNEL,
  type PrintToPdfRequest,
  type PrintToPdfResult,
  type VillageBridge,
} from '../../shared/api/channel';
import type { WorkProgress } from '../../shared/api/work-progress';

const bridge = {
  invoke: (method: string, params: unknown) => ipcRenderer.invoke(API_CHANNEL, method, params),
  printToPdf: (request: PrintToPdfRequest) =>
    ipcRenderer.invoke(PRINT_TO_PDF_CHANNEL, { fileName: String(request.fileName) }) as Promise<PrintToPdfResult>,
  onProgress: (listener: (progress: WorkProgress | null) => void) => {
    // The page gets the report only, never the IPC event (which would reach ipcRenderer's sender).
    const forward = (_event: IpcRendererEvent, progress: WorkProgress | null) => listener(progress);
    ipcRenderer.on(PROGRESS_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(PROGRESS_CHANNEL, forward);
    };
  },
} satisfies VillageBridge;

contextBridge.exposeInMainWorld('village', bridge);
