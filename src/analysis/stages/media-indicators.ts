import type { Evidence, Reason } from '../../store/analysis.ts';
import type { Store } from '../../store/store.ts';

/**
 * Media indicator weights (points of culpability), set by hand like the buyer indicators
 * (docs/analysis-stages.md): M1 is material an agency has already listed, so it weighs most; M2 is
 * material the sellers circulated, recognised by near-duplicate stacks, weaker on its own.
 */
export const MEDIA_WEIGHTS = { M1: 2.5, M2: 1.0 } as const;

/** One account's side of a media link, with what the lists and stacks say of the media. */
interface AccountMediaFact {
  readonly sha256: string;
  readonly direction: 'sent' | 'received';
  readonly message_id: string | null;
}

/** Case-wide media facts the assessment reads: links by account, list categories, stacks. */
export interface MediaFacts {
  /** `platform:handle` → the media it sent or received. */
  readonly byAccount: ReadonlyMap<string, readonly AccountMediaFact[]>;
  /** SHA-256 → the categories of the (not known-good) lists it is on. */
  readonly categories: ReadonlyMap<string, readonly string[]>;
  /** SHA-256 → near-duplicate stack id. */
  readonly stacks: ReadonlyMap<string, string>;
}

export const NO_MEDIA: MediaFacts = { byAccount: new Map(), categories: new Map(), stacks: new Map() };

/** Reads the media links, known-list matches and stacks the media stage stored. */
export async function loadMediaFacts(store: Store): Promise<MediaFacts> {
  const byAccount = new Map<string, AccountMediaFact[]>();
  for await (const l of store.media.links()) {
    const key = `${l.platform}:${l.handle}`;
    (byAccount.get(key) ?? byAccount.set(key, []).get(key)!).push({
      sha256: l.sha256,
      direction: l.direction,
      message_id: l.message_id,
    });
  }
  if (byAccount.size === 0) return NO_MEDIA;
  const categories = new Map<string, string[]>();
  for (const m of await store.media.matches()) {
    if (m.known_good) continue;
    const list = categories.get(m.sha256) ?? categories.set(m.sha256, []).get(m.sha256)!;
    const c = m.category ?? m.list;
    if (!list.includes(c)) list.push(c);
  }
  return { byAccount, categories, stacks: await store.media.stacks() };
}

const byCount = (counts: Map<string, number>): string =>
  [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');

function evidenceOf(facts: readonly AccountMediaFact[]): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const f of facts) {
    if (!seen.has(`media:${f.sha256}`)) {
      seen.add(`media:${f.sha256}`);
      out.push({ kind: 'media', id: f.sha256 });
    }
    if (f.message_id !== null && !seen.has(`message:${f.message_id}`)) {
      seen.add(`message:${f.message_id}`);
      out.push({ kind: 'message', id: f.message_id });
    }
  }
  return out.slice(0, 20);
}

/**
 * M1 and M2 for one person (its accounts as `platform:handle`):
 * - M1: media on a known list (not known-good) that the person's accounts received or sent,
 *   counted by category;
 * - M2: media, on no list, that the accounts received and that is (a near-duplicate of) media a
 *   seller account sent.
 * Each reason's evidence is the media's SHA-256 and the messages that carried it.
 */
export function mediaIndicators(
  accounts: readonly string[],
  media: MediaFacts,
  sellerAccounts: ReadonlySet<string>,
): Reason[] {
  const mine = accounts.flatMap((a) => media.byAccount.get(a) ?? []);
  if (mine.length === 0) return [];
  const out: Reason[] = [];
  const listed = mine.filter((f) => media.categories.has(f.sha256));
  if (listed.length > 0) {
    const distinct = new Map<string, string[]>();
    for (const f of listed) distinct.set(f.sha256, [...media.categories.get(f.sha256)!]);
    const counts = new Map<string, number>();
    for (const cats of distinct.values()) for (const c of cats) counts.set(c, (counts.get(c) ?? 0) + 1);
    const received = new Set(listed.filter((f) => f.direction === 'received').map((f) => f.sha256)).size;
    const sent = new Set(listed.filter((f) => f.direction === 'sent').map((f) => f.sha256)).size;
    out.push({
      indicator: 'M1',
      axis: 'culpability',
      weight: +(MEDIA_WEIGHTS.M1 * Math.min(1, distinct.size / 2)).toFixed(3),
      detail: `${distinct.size} media on known-hash lists (${byCount(counts)}): ${received} received, ${sent} sent`,
      evidence: evidenceOf(listed),
    });
  }
  // what the sellers sent, as content and as stacks
  const sellerSha = new Set<string>();
  const sellerStacks = new Set<string>();
  for (const s of sellerAccounts)
    for (const f of media.byAccount.get(s) ?? [])
      if (f.direction === 'sent') {
        sellerSha.add(f.sha256);
        const st = media.stacks.get(f.sha256);
        if (st !== undefined) sellerStacks.add(st);
      }
  const circulated = mine.filter(
    (f) =>
      f.direction === 'received' &&
      !media.categories.has(f.sha256) &&
      (sellerSha.has(f.sha256) || sellerStacks.has(media.stacks.get(f.sha256) ?? '')),
  );
  const distinct = new Set(circulated.map((f) => f.sha256));
  if (distinct.size > 0)
    out.push({
      indicator: 'M2',
      axis: 'culpability',
      weight: +(MEDIA_WEIGHTS.M2 * Math.min(1, distinct.size / 3)).toFixed(3),
      detail: `${distinct.size} media received that a seller account sent, or near-duplicates of it (on no list)`,
      evidence: evidenceOf(circulated),
    });
  return out;
}
