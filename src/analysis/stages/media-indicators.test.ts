import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../core/hash.ts';
import type { MediaAccountLink } from '../../store/media.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { loadMediaFacts, MEDIA_WEIGHTS, mediaIndicators } from './media-indicators.ts';

const sha = (n: string): string => sha256Hex(n);
const link = (
  media: string,
  handle: string,
  direction: 'sent' | 'received',
  message_id: string | null = null,
): MediaAccountLink => ({
  sha256: sha(media),
  platform: 'skype',
  handle,
  direction,
  conversation_id: null,
  message_id,
  sent_at: null,
  via: message_id === null ? 'media_link' : 'attachment',
  file_sha256: 'f'.repeat(64),
  line: 2,
});

describe('media indicators', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = SqliteStore.open(':memory:');
  });
  afterEach(() => store.close());

  it('M1 counts listed media by category with their hashes; known-good media never count', async () => {
    await store.media.replaceLinks([
      link('a', 'seller1', 'sent'),
      link('a', 'buyer1', 'received'),
      link('b', 'buyer1', 'received', 'msg-7'),
      link('c', 'buyer1', 'received'),
      link('d', 'buyer2', 'received'),
    ]);
    await store.media.replaceMatches([
      { sha256: sha('a'), list: 'L1', category: 'cat-1', by: 'sha256', distance: null, known_good: false },
      { sha256: sha('b'), list: 'L2', category: 'cat-2', by: 'pdq', distance: 10, known_good: false },
      { sha256: sha('c'), list: 'NSRL', category: null, by: 'md5', distance: null, known_good: true },
    ]);
    const facts = await loadMediaFacts(store);
    const reasons = mediaIndicators(['skype:buyer1'], facts, new Set(['skype:seller1']));
    const m1 = reasons.find((r) => r.indicator === 'M1')!;
    expect(m1.axis).toBe('culpability');
    expect(m1.weight).toBe(MEDIA_WEIGHTS.M1);
    expect(m1.detail).toContain('2 media on known-hash lists');
    expect(m1.detail).toContain('cat-1 1');
    expect(m1.detail).toContain('cat-2 1');
    expect(m1.evidence).toEqual([
      { kind: 'media', id: sha('a') },
      { kind: 'media', id: sha('b') },
      { kind: 'message', id: 'msg-7' },
    ]);
    expect(reasons.some((r) => r.indicator === 'M2')).toBe(false);
    expect(mediaIndicators(['skype:buyer2'], facts, new Set(['skype:seller1']))).toEqual([]);
  });

  it('M2 finds unlisted media a seller sent, or its near-duplicates, received by the person', async () => {
    await store.media.replaceLinks([
      link('x', 'seller1', 'sent'),
      link('x', 'buyer1', 'received'),
      link('x-variant', 'buyer1', 'received'),
      link('y', 'buyer1', 'received'),
      link('y', 'other', 'sent'),
    ]);
    await store.media.replaceStacks([
      { sha256: sha('x'), stack_id: 's1' },
      { sha256: sha('x-variant'), stack_id: 's1' },
    ]);
    const facts = await loadMediaFacts(store);
    const reasons = mediaIndicators(['skype:buyer1'], facts, new Set(['skype:seller1']));
    expect(reasons.map((r) => r.indicator)).toEqual(['M2']);
    expect(reasons[0]!.evidence.map((e) => e.id).sort()).toEqual([sha('x'), sha('x-variant')].sort());
    expect(reasons[0]!.weight).toBeCloseTo((MEDIA_WEIGHTS.M2 * 2) / 3, 3);
    // with no seller among the senders there is nothing to say
    expect(mediaIndicators(['skype:buyer1'], facts, new Set())).toEqual([]);
  });
});
