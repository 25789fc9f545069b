/**
 * The one mail account Village sends through: the one kept in settings (Outbox › Mail account), which
 * the message dialogs queue through and the Outbox sends with. The CLI may still pass its own (`--smtp`).
 */
import { ApiFailure, apiError } from '../../../shared/api/errors';
import type { MailAccount } from '../../../shared/domain/reach/mail-account';
import type { SettingsRepository } from '../settings/settings-repository';

export const NO_MAIL_ACCOUNT = 'Set up your mail account first (Outbox › Mail account).';

/** The saved account, or a refusal naming the `account` field so the window can offer to set it up. */
export function storedMailAccount(settings: SettingsRepository): MailAccount {
  const saved = settings.get('mailAccount');
  if (!saved) throw new ApiFailure(apiError('invalid_params', NO_MAIL_ACCOUNT, 'account'));
  return saved;
}
