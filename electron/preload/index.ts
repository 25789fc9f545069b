/**
 * The renderer's only door to the main process: one `invoke` that forwards a method name and params on
 * the API channel. No ipcRenderer, no Node, no process.env reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, type VillageBridge } from '../../shared/api/channel';

const bridge = {
  invoke: (method: string, params: unknown) => ipcRenderer.invoke(API_CHANNEL, method, params),
} satisfies VillageBridge;

contextBridge.exposeInMainWorld('village', bridge);
