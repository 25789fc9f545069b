/**
 * The text she pastes into a WhatsApp group or a Facebook group: short lines a phone shows whole, the
 * map link on its own line so the chat app turns it into a link, and what to bring.
 */
import type { MessageSession } from './placeholder-values';
import { longDate } from './placeholder-values';

export const DEFAULT_BRING = 'water, a snack, sun hats';

export function groupChatText(session: MessageSession & { cancelled?: boolean }, bring = DEFAULT_BRING): string {
  const lines = [
    `${session.cancelled ? '❌ Cancelled: ' : '🌳 '}${session.title}`,
    `📅 ${longDate(session.date)}`,
    `🕙 ${session.startTime}–${session.endTime}`,
  ];
  if (session.parkName) lines.push(`📍 ${session.parkName}`);
  if (session.mapUrl) lines.push(session.mapUrl);
  if (!session.cancelled && bring.trim()) lines.push(`🎒 Bring: ${bring.trim()}`);
  return lines.join('\n');
}
