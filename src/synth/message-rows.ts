/** How one chat message is spelled as a messages.csv row: ids, thread ids and times per platform. */
import type { ChatMessage } from './chat.ts';
import { csvField } from './csv.ts';
import type { Platform } from './handles.ts';
import { formatTime, type TimeFormat } from './timestamps.ts';
import type { Account } from './world-types.ts';

export const MESSAGE_COLUMNS = [
  'message_id',
  'platform',
  'conversation_id',
  'sent_at',
  'sender',
  'recipients',
  'body',
  'attachments',
];

/** How each platform's export writes times (the seized seller devices ran on Philippine time, +08:00). */
export const PLATFORM_TIME: Readonly<Record<Platform, TimeFormat>> = {
  skype: 'iso-z-ms',
  messenger: 'epoch-ms',
  yahoo: 'iso-offset',
  whatsapp: 'iso-offset',
  viber: 'epoch-s',
};

function base36(n: number, width: number): string {
  return n.toString(36).padStart(width, '0');
}

export function messageId(platform: Platform, thread: number, seq: number): string {
  switch (platform) {
    case 'skype':
      return String(1_000_000_000_000 + thread * 1_000_000 + seq);
    case 'viber':
      return String(7_000_000_000_000 + thread * 1_000_000 + seq);
    case 'messenger':
      return `mid.$${base36(thread, 4)}${base36(seq, 4)}`;
    case 'yahoo':
      return `y${base36(thread, 4)}-${base36(seq, 4)}`;
    case 'whatsapp':
      return `3EB0${base36(thread, 4).toUpperCase()}${base36(seq, 4).toUpperCase()}`;
  }
}

export function conversationId(platform: Platform, customer: Account, thread: number): string {
  switch (platform) {
    case 'skype':
      return `8:${customer.handle}`;
    case 'messenger':
      return `t_${2_000_000_000 + thread * 7919}`;
    case 'whatsapp':
      return `${customer.handle}@s.whatsapp.net`;
    default:
      return '';
  }
}

export function formatRow(
  platform: Platform,
  id: string,
  conv: string,
  t: number,
  sender: string,
  recipients: string,
  m: ChatMessage,
): string {
  const at = formatTime(t, PLATFORM_TIME[platform], 480);
  return `${id},${platform},${csvField(conv)},${at},${csvField(sender)},${csvField(recipients)},${csvField(m.body)},${m.attachment}\n`;
}
