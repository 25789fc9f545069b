/** A sheet Village cannot import at all: the message names the problem (and its line when it has one). */
import { ApiFailure, apiError } from '../../../shared/api/errors';

export function rejectSheet(message: string): never {
  throw new ApiFailure(apiError('invalid_params', message, 'data'));
}
