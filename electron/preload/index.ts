/**
 * The renderer's only door to the main process: `invoke` forwards a method name and params on the API
 * channel, and `printToPdf` asks main to print the page to a PDF file. No ipcRenderer, no Node, no
 * process.env reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, PRINT_TO_PDF_CHANNEL, type PrintToPdfRequest, type PrintToPdfResult, type VillageBridge } from '../../shared/api/channel';

const bridge = {
  invoke: (method: string, params: unknown) => ipcRenderer.invoke(API_CHANNEL, method, params),
  printToPdf: (request: PrintToPdfRequest) => ipcRenderer.invoke(PRINT_TO_PDF_CHANNEL, { fileName: String(request.fileName) }) as Promise<PrintToPdfResult>,
} satisfies VillageBridge;

contextBridge.exposeInMainWorld('village', bridge);
