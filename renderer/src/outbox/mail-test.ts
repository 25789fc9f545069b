import { call } from '../api/client';
import type { useMailWork } from './useMailWork';

/**
 * "Send a test message to myself" once the account is saved (read again: the dialog just changed it);
 * the sentence to show, or null when she cancelled the password.
 */
export async function sendTestMessage(run: ReturnType<typeof useMailWork>['run']): Promise<string | null> {
  const saved = await call('settings.get', {});
  const result = await run('mail.test', {}, saved.mailAccount?.user ?? '');
  return result ? `Sent a test message to ${result.to}. Look for it in your inbox.` : null;
}
