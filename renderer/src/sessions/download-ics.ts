import type { MethodParams } from '../../../shared/api/contract';
import { call } from '../api/client';
import { downloadText } from '../components/download';

/** Exports a calendar file and saves it: the save dialog in Electron, a download in browser mode. */
export async function downloadIcs(target: MethodParams<'calendar.export'>['target']): Promise<string> {
  const { fileName, ics } = await call('calendar.export', { target });
  downloadText(fileName, ics, 'text/calendar;charset=utf-8');
  return fileName;
}
