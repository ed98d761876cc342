import type { FeatureMessage, IdentifierRow } from '../../store/analysis.ts';
import { extractIdentifiers } from '../identifiers/extract-identifiers.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { extractNameDisclosures, extractReceiverNames } from './name-disclosures.ts';

/** Identifier types worth keeping per message (dates are many and only read in context). */
const KEPT = new Set([
  'email',
  'phone',
  'handle',
  'transfer_ref',
  'iban',
  'crypto',
  'url',
  'ip',
  'travel',
  'place',
  'amount',
]);
/** Send times kept per account and slice, evenly thinned (the stride doubles when full). */
export const MAX_TIMES = 512;
/** Message bodies kept per account for language detection. */
export const LANGUAGE_SAMPLE = 40;
/** Example message ids kept per lexicon category. */
export const EXAMPLES = 5;

/** One account's aggregates over one slice of the messages; slices are merged in storage order. */
export interface PartialProfile {
  readonly platform: string;
  readonly handle: string;
  sent: number;
  received: number;
  first: number | null;
  last: number | null;
  /** Every `stride`-th send time of the slice. */
  times: number[];
  stride: number;
  seen: number;
  texts: string[];
  lexicon: Record<string, { count: number; examples: string[] }>;
  partners: Record<string, number>;
}

/** What one slice of messages yields: its identifier rows (in message order) and its account aggregates. */
export interface SliceFeatures {
  readonly identifiers: IdentifierRow[];
  readonly profiles: PartialProfile[];
  readonly messages: number;
}

function newProfile(platform: string, handle: string): PartialProfile {
  return {
    platform,
    handle,
    sent: 0,
    received: 0,
    first: null,
    last: null,
    times: [],
    stride: 1,
    seen: 0,
    texts: [],
    lexicon: {},
    partners: {},
  };
}

/**
 * The features of one slice of messages: identifiers (with message id and span) and per-account
 * aggregates. Pure over its input, so slices can be worked on by different threads and merged.
 */
export async function sliceFeatures(
  batches: AsyncIterable<readonly FeatureMessage[]>,
  rules: CompiledLexicon,
): Promise<SliceFeatures> {
  const profiles = new Map<string, PartialProfile>();
  const profile = (platform: string, handle: string): PartialProfile => {
    const key = `${platform}:${handle}`;
    let p = profiles.get(key);
    if (p === undefined) profiles.set(key, (p = newProfile(platform, handle)));
    return p;
  };
  const identifiers: IdentifierRow[] = [];
  let messages = 0;
  const row = (
    m: FeatureMessage,
    type: string,
    value: string,
    raw: string,
    start: number,
    end: number,
    country: string | null,
  ): IdentifierRow => ({
    message_id: m.message_id,
    platform: m.platform,
    sender: m.sender,
    sent_at: m.sent_at,
    type,
    value,
    raw,
    start,
    end,
    country,
  });
  for await (const batch of batches)
    for (const m of batch) {
      messages++;
      const { platform, sender, body, sent_at: sentAt, message_id: messageId } = m;
      const p = profile(platform, sender);
      p.sent++;
      p.first = p.first === null ? sentAt : Math.min(p.first, sentAt);
      p.last = p.last === null ? sentAt : Math.max(p.last, sentAt);
      if (p.seen++ % p.stride === 0) {
        p.times.push(sentAt);
        if (p.times.length >= MAX_TIMES) {
          p.times = p.times.filter((_, i) => i % 2 === 0);
          p.stride *= 2;
        }
      }
      if (p.texts.length < LANGUAGE_SAMPLE && body.length >= 12) p.texts.push(body);
      const mine = `${platform}:${sender}`;
      for (const r of JSON.parse(m.recipients) as string[]) {
        const q = profile(platform, r);
        q.received++;
        q.partners[mine] = (q.partners[mine] ?? 0) + 1;
        const theirs = `${platform}:${r}`;
        p.partners[theirs] = (p.partners[theirs] ?? 0) + 1;
      }
      if (body.length < 3) continue;
      for (const [cat, re] of rules) {
        if (!re.test(body)) continue;
        if (cat === 'payment_sent') identifiers.push(row(m, 'payment_claim', '', '', 0, 0, null));
        const hit = (p.lexicon[cat] ??= { count: 0, examples: [] });
        hit.count++;
        if (hit.examples.length < EXAMPLES) hit.examples.push(messageId);
      }
      for (const h of extractIdentifiers(body, { sentAt }))
        if (KEPT.has(h.type))
          identifiers.push(row(m, h.type, h.value, h.raw, h.start, h.end, h.country ?? null));
      for (const n of extractReceiverNames(body))
        identifiers.push(row(m, 'receiver_name', n.value, n.value, n.start, n.end, null));
      for (const n of extractNameDisclosures(body))
        identifiers.push(row(m, 'name', n.value, n.value, n.start, n.end, null));
    }
  return { identifiers, profiles: [...profiles.values()], messages };
}
