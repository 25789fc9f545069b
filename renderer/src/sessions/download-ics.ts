import type { MethodParams } from '../../../shared/api/contract';
import { call } from '../api/client';

/**
 * Exports a calendar file and hands it to the browser as a download. In Electron the same <a download>
 * opens the system's save dialog; in browser mode it lands in the downloads folder.
 */
export async function downloadIcs(target: MethodParams<'calendar.export'>['target']): Promise<string> {
  const { fileName, ics } = await call('calendar.export', { target });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  return fileName;
}
