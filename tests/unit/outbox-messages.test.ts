import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../shared/domain/reach/outbox';
import { outboxMessages, outboxWork } from '../../shared/domain/reach/outbox-messages';

const NOW = '2030-05-01T12:00:00.000Z';

function entry(recipientId: number, messageId: number, changes: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    recipientId,
    messageId,
    kind: 'invitation',
    sessionId: messageId === 3 ? null : 7,
    sessionTitle: messageId === 3 ? '' : 'Toddler morning',
    sessionDate: messageId === 3 ? null : '2030-05-04',
    queuedAt: '2030-05-01T09:00:00.000Z',
    familyId: recipientId,
    parentName: `Parent ${recipientId}`,
    email: `p${recipientId}@example.org`,
    subject: 'Come play',
    status: 'queued',
    error: null,
    notBefore: null,
    sentAt: null,
    updatedAt: '2030-05-01T09:00:00.000Z',
    ...changes,
  };
}

describe('the outbox grouped into messages', () => {
  it.each([
    ['sent', entry(1, 1, { status: 'sent' }), { sent: 1, failed: 0, queued: 0, held: 0 }],
    ['failed', entry(1, 1, { status: 'failed', error: 'Refused' }), { sent: 0, failed: 1, queued: 0, held: 0 }],
    ['queued', entry(1, 1), { sent: 0, failed: 0, queued: 1, held: 0 }],
    ['cut off mid-send', entry(1, 1, { status: 'sending' }), { sent: 0, failed: 0, queued: 1, held: 0 }],
    [
      'held by the daily limit',
      entry(1, 1, { notBefore: '2030-05-02T08:00:00.000Z' }),
      { sent: 0, failed: 0, queued: 0, held: 1 },
    ],
    [
      'no longer held',
      entry(1, 1, { notBefore: '2030-05-01T08:00:00.000Z' }),
      { sent: 0, failed: 0, queued: 1, held: 0 },
    ],
  ])('counts a %s row', (_name, row, counts) => {
    expect(outboxMessages([row], NOW)[0]!.counts).toEqual(counts);
  });

  it('keeps messages newest first, with and without a session, and says when the held ones go', () => {
    const messages = outboxMessages(
      [
        entry(1, 1, { status: 'sent' }),
        entry(2, 1, { status: 'failed', error: 'Refused' }),
        entry(3, 2, { notBefore: '2030-05-02T10:00:00.000Z' }),
        entry(4, 2, { notBefore: '2030-05-02T08:00:00.000Z' }),
        entry(5, 3),
      ],
      NOW,
    );
    expect(messages.map((message) => [message.messageId, message.sessionId, message.recipients.length])).toEqual([
      [3, null, 1],
      [2, 7, 2],
      [1, 7, 2],
    ]);
    expect(messages[1]!.heldUntil).toBe('2030-05-02T08:00:00.000Z');
    expect(outboxWork(messages)).toEqual({ toSend: 1, failed: [2] });
  });
});
