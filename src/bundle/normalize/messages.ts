import { contentId } from '../../core/hash.ts';
import type { MessageRecord } from '../../core/records.ts';
import type { Fields } from '../columns.ts';
import { handle, platform, required, time } from './field-rules.ts';
import type { Normalized } from './result.ts';

export function normalizeMessage(f: Fields, zone: string | undefined): Normalized<MessageRecord> {
  const plat = platform(required(f, 'platform'));
  const sent = time(f, 'sent_at', zone, true)!;
  const sender = handle(required(f, 'sender'));
  const recipients = f.list('recipients').map(handle);
  if (recipients.length === 0) return { ok: false, reason: 'missing required field recipients' };
  const body = f.text('body') ?? '';
  const attachments = f.list('attachments');
  const message_id =
    f.text('message_id') ??
    `m-${contentId([plat, sender, sent.ms, recipients.join(';'), body, attachments.join(';')], 20)}`;
  const conversation_id =
    f.text('conversation_id') ?? `c-${contentId([plat, ...[sender, ...recipients].sort()], 16)}`;
  return {
    ok: true,
    key: `${plat}\u001f${message_id}`,
    record: {
      kind: 'messages',
      message_id,
      platform: plat,
      conversation_id,
      sent_at: sent.ms,
      sent_at_text: sent.text,
      sender,
      recipients,
      body,
      attachments,
    },
  };
}
