/** The one answer for a family id that is gone (deleted, or merged into another) by the time a call reaches it. */
import { ApiFailure, apiError } from '../../../shared/api/errors';

export function familyNotFound(field?: string): ApiFailure {
  return new ApiFailure(apiError('not_found', 'That family no longer exists; it may have been deleted.', field));
}
