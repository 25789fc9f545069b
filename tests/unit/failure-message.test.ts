/** The one failure message every screen of the renderer shows. */
import { describe, expect, it } from 'vitest';
import { ApiFailure, apiError } from '../../shared/api/errors';
import { failureMessage, failureOf } from '../../renderer/src/api/failure-message';

describe('failureOf', () => {
  it.each([
    [
      'an API refusal naming a field',
      new ApiFailure(apiError('invalid_params', 'Email: this does not look like an email address.', 'email')),
      { message: 'Email: this does not look like an email address.', field: 'email' },
    ],
    [
      'an API refusal without a field',
      new ApiFailure(apiError('not_found', 'That family no longer exists.')),
      { message: 'That family no longer exists.', field: undefined },
    ],
    ['a programming error', new TypeError('x is undefined'), { message: 'Village could not save this family.' }],
    ['something thrown that is not an error', 'boom', { message: 'Village could not save this family.' }],
  ])('%s', (_case, failure, shown) => {
    expect(failureOf(failure, 'Village could not save this family.')).toEqual(shown);
    expect(failureMessage(failure, 'Village could not save this family.')).toBe(shown.message);
  });
});
