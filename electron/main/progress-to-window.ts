/**
 * Long work's progress, shown by the window: on its taskbar or dock icon (a share, or "working" when
 * there is no count), and sent to the page on PROGRESS_CHANNEL, only while the window shows the app's
 * own page, so a page that is not Village's never hears what is being imported. Kept free of Electron
 * imports, so it is tested under Node.
 */
import { PROGRESS_CHANNEL } from '../../shared/api/channel';
import type { WorkProgress } from '../../shared/api/work-progress';
import { progressFraction } from '../../shared/domain/work-progress-text';
import { isTrustedRendererUrl } from './trusted-urls';

export interface ProgressWindow {
  setProgressBar(value: number, options?: { mode: 'none' | 'normal' | 'indeterminate' }): void;
  webContents: { getURL(): string; send(channel: string, ...args: unknown[]): void };
}

/** Electron: a value above 1 shows "working" without a share; a negative one removes the bar. */
const INDETERMINATE = 2;
const NONE = -1;

export function showProgressIn(
  window: () => ProgressWindow | null,
  rendererUrl: string,
): (progress: WorkProgress | null) => void {
  return (progress) => {
    const open = window();
    if (!open) return;
    const fraction = progress === null ? null : progressFraction(progress);
    if (progress === null) open.setProgressBar(NONE, { mode: 'none' });
    else if (fraction === null) open.setProgressBar(INDETERMINATE, { mode: 'indeterminate' });
    else open.setProgressBar(fraction, { mode: 'normal' });
    if (isTrustedRendererUrl(open.webContents.getURL(), rendererUrl)) open.webContents.send(PROGRESS_CHANNEL, progress);
  };
}
