import { describe, expect, it } from 'vitest';
import { PROGRESS_CHANNEL } from '../../shared/api/channel';
import type { WorkProgress } from '../../shared/api/work-progress';
import { showProgressIn, type ProgressWindow } from '../../electron/main/progress-to-window';

/** A window as main sees it, recording its taskbar bar and what was sent to its page. */
function windowShowing(url: string) {
  const taskbar: { value: number; mode: string | undefined }[] = [];
  const sent: { channel: string; args: unknown[] }[] = [];
  const window: ProgressWindow = {
    setProgressBar: (value, options) => taskbar.push({ value, mode: options?.mode }),
    webContents: { getURL: () => url, send: (channel, ...args) => sent.push({ channel, args }) },
  };
  return { window, taskbar, sent };
}

const writing: WorkProgress = { method: 'import.commit', phase: 'writing', done: 4200, total: 10_000 };
const copying: WorkProgress = { method: 'backups.create', phase: 'copying', done: 0, total: null };

describe('long work shown by the window', () => {
  it.each<[string, WorkProgress | null, { value: number; mode: string }]>([
    ['a count as its share', writing, { value: 0.42, mode: 'normal' }],
    ['no count as "working"', copying, { value: 2, mode: 'indeterminate' }],
    ['the end as no bar', null, { value: -1, mode: 'none' }],
  ])('shows %s on the taskbar, and sends the report to the app page', (_label, progress, bar) => {
    const { window, taskbar, sent } = windowShowing('village://app/index.html#/import');
    showProgressIn(() => window, 'village://app/index.html')(progress);
    expect(taskbar).toEqual([bar]);
    expect(sent).toEqual([{ channel: PROGRESS_CHANNEL, args: [progress] }]);
  });

  it.each(['https://example.org/', 'file:///tmp/index.html', ''])('sends nothing to a page at "%s"', (url) => {
    const { window, sent } = windowShowing(url);
    showProgressIn(() => window, 'village://app/index.html')(writing);
    expect(sent).toEqual([]);
  });

  it('does nothing when the window is closed', () => {
    expect(() => showProgressIn(() => null, 'village://app/index.html')(writing)).not.toThrow();
  });
});
