import { describe, expect, it } from 'vitest';
import { dueSummary, type DueMessage } from '../../shared/domain/reach/due-messages';

const message = (messageId: number, kind: DueMessage['kind']): DueMessage => ({
  messageId,
  kind,
  recipients: 3,
  login: '',
});

describe('dueSummary', () => {
  it.each([
    { due: [], expected: null },
    { due: [message(1, 'reminder')], expected: '1 message is due (a reminder)' },
    {
      due: [message(1, 'reminder'), message(2, 'waitlist-offer')],
      expected: '2 messages are due (a reminder, a waitlist offer)',
    },
    {
      due: [message(1, 'reminder'), message(2, 'reminder'), message(3, 'invitation')],
      expected: '3 messages are due (a reminder, an invitation)',
    },
  ])('$expected', ({ due, expected }) => {
    expect(dueSummary(due)).toBe(expected);
  });
});
