import type { MediaLinkRecord } from '../../core/records.ts';
import type { Fields } from '../columns.ts';
import { handle, platform, required, time } from './field-rules.ts';
import type { Normalized } from './result.ts';

export function normalizeMediaLink(f: Fields, zone: string | undefined): Normalized<MediaLinkRecord> {
  const sent = time(f, 'sent_at', zone, false);
  const plat = f.text('platform');
  const sender = f.text('sender');
  const record: MediaLinkRecord = {
    kind: 'media_links',
    file: required(f, 'file').replace(/\\/g, '/'),
    platform: plat === null ? null : platform(plat),
    sender: sender === null ? null : handle(sender),
    recipients: f.list('recipients').map(handle),
    sent_at: sent?.ms ?? null,
    sent_at_text: sent?.text ?? null,
  };
  const { sent_at_text: _, ...identity } = record;
  return { ok: true, key: JSON.stringify(identity), record };
}
