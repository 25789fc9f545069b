import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_CHANNEL, type VillageBridge } from '../../shared/api/channel';
import type { WorkProgress } from '../../shared/api/work-progress';

/**
 * The preload bridge's progress subscription with Electron faked at the module boundary: the page's
 * listener gets each report (never the IPC event, which would hand it ipcRenderer), and stops getting them
 * when it unsubscribes.
 */
afterEach(() => {
  vi.doUnmock('electron');
});

async function loadPreload(): Promise<{ bridge: VillageBridge; ipc: EventEmitter }> {
  const ipc = Object.assign(new EventEmitter(), { invoke: () => Promise.resolve(null) });
  let bridge: VillageBridge | null = null;
  vi.resetModules();
  vi.doMock('electron', () => ({
    ipcRenderer: ipc,
    contextBridge: {
      exposeInMainWorld: (name: string, api: VillageBridge) => {
        if (name === 'village') bridge = api;
      },
    },
  }));
  await import('../../electron/preload/index');
  return { bridge: bridge!, ipc };
}

describe('preload: onProgress', () => {
  it('passes each report on the progress channel to the page, without the event, until unsubscribed', async () => {
    const { bridge, ipc } = await loadPreload();
    const heard: unknown[][] = [];
    const stop = bridge.onProgress!((...args: unknown[]) => heard.push(args));
    const report: WorkProgress = { method: 'import.commit', phase: 'writing', done: 4200, total: 10_000 };
    const event = { sender: ipc, senderFrame: null };
    ipc.emit(PROGRESS_CHANNEL, event, report);
    ipc.emit(PROGRESS_CHANNEL, event, null);
    ipc.emit('village:something-else', event, report);
    expect(heard).toEqual([[report], [null]]);
    stop();
    ipc.emit(PROGRESS_CHANNEL, event, report);
    expect(heard).toHaveLength(2);
    expect(ipc.listenerCount(PROGRESS_CHANNEL)).toBe(0);
  });
});
