import type { AccountProfile, IdentifierRow } from '../../store/analysis.ts';
import type { Store } from '../../store/store.ts';
import { extractIdentifiers } from '../identifiers/extract-identifiers.ts';
import { languageProfile } from '../jurisdiction/language-profile.ts';
import { compileLexicon, DEFAULT_LEXICON, type Lexicon } from './lexicon.ts';
import { extractNameDisclosures, extractReceiverNames } from './name-disclosures.ts';

/** Identifier types worth keeping per message (amounts and dates are many and only read in context). */
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
const MAX_TIMES = 512;
const LANGUAGE_SAMPLE = 40;
const EXAMPLES = 5;

interface Building {
  platform: string;
  handle: string;
  sent: number;
  received: number;
  first: number | null;
  last: number | null;
  times: number[];
  stride: number;
  seen: number;
  texts: string[];
  lexicon: Record<string, { count: number; examples: string[] }>;
  partners: Record<string, number>;
}

export interface FeaturesStats {
  readonly messages: number;
  readonly identifiers: number;
  readonly accounts: number;
}

/**
 * Stage 1, message features: one pass over every message extracts identifiers (with message id and
 * span) and builds a profile per account (activity times, languages, lexicon hits, partners), so
 * later stages never read the messages again.
 */
export async function runFeaturesStage(
  store: Store,
  lexicon: Lexicon = DEFAULT_LEXICON,
): Promise<FeaturesStats> {
  const started = Date.now();
  const rules = compileLexicon(lexicon);
  const profiles = new Map<string, Building>();
  const profile = (platform: string, handle: string): Building => {
    const key = `${platform}:${handle}`;
    let p = profiles.get(key);
    if (p === undefined) {
      p = {
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
      profiles.set(key, p);
    }
    return p;
  };
  let messages = 0;

  async function* identifierBatches(): AsyncGenerator<IdentifierRow[]> {
    let batch: IdentifierRow[] = [];
    for await (const row of store.records('messages')) {
      messages++;
      const platform = row.platform as string;
      const sender = row.sender as string;
      const body = row.body as string;
      const sentAt = row.sent_at as number;
      const messageId = row.message_id as string;
      const recipients = JSON.parse(row.recipients as string) as string[];
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
      for (const r of recipients) {
        const q = profile(platform, r);
        q.received++;
        q.partners[`${platform}:${sender}`] = (q.partners[`${platform}:${sender}`] ?? 0) + 1;
        p.partners[`${platform}:${r}`] = (p.partners[`${platform}:${r}`] ?? 0) + 1;
      }
      for (const [cat, re] of rules) {
        if (!re.test(body)) continue;
        if (cat === 'payment_sent')
          batch.push({
            message_id: messageId,
            platform,
            sender,
            sent_at: sentAt,
            type: 'payment_claim',
            value: '',
            raw: '',
            start: 0,
            end: 0,
            country: null,
          });
        const hit = (p.lexicon[cat] ??= { count: 0, examples: [] });
        hit.count++;
        if (hit.examples.length < EXAMPLES) hit.examples.push(messageId);
      }
      for (const h of extractIdentifiers(body, { sentAt })) {
        if (!KEPT.has(h.type)) continue;
        batch.push({
          message_id: messageId,
          platform,
          sender,
          sent_at: sentAt,
          type: h.type,
          value: h.value,
          raw: h.raw,
          start: h.start,
          end: h.end,
          country: h.country ?? null,
        });
      }
      for (const n of extractReceiverNames(body))
        batch.push({
          message_id: messageId,
          platform,
          sender,
          sent_at: sentAt,
          type: 'receiver_name',
          value: n.value,
          raw: n.value,
          start: n.start,
          end: n.end,
          country: null,
        });
      for (const n of extractNameDisclosures(body))
        batch.push({
          message_id: messageId,
          platform,
          sender,
          sent_at: sentAt,
          type: 'name',
          value: n.value,
          raw: n.value,
          start: n.start,
          end: n.end,
          country: null,
        });
      if (batch.length >= 5000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  const finished: AccountProfile[] = [];
  const count = await store.analysis.replaceFeatures(identifierBatches(), () => {
    const sorted = [...profiles.values()].sort((a, b) =>
      `${a.platform}:${a.handle}` < `${b.platform}:${b.handle}` ? -1 : 1,
    );
    for (const p of sorted)
      finished.push({
        platform: p.platform,
        handle: p.handle,
        sent: p.sent,
        received: p.received,
        first: p.first,
        last: p.last,
        times: p.times,
        languages: languageProfile(p.texts),
        lexicon: p.lexicon,
        partners: p.partners,
      });
    return finished;
  });
  const stats = { messages, identifiers: count, accounts: finished.length };
  await store.analysis.recordStage('features', started, stats);
  return stats;
}
