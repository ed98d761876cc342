import type { Store } from '../store/store.ts';
import type { MediaHash, PackageAccount, PackageMediaMatches } from './package-input.ts';

/** Hashes listed per lead at most (the counts stay whole). */
const MAX_HASHES = 200;

/**
 * A lead's media on known-hash lists (known-good lists excluded): distinct media its accounts sent
 * or received, counted by category, with their SHA-256 and PDQ hashes. Never paths or bytes.
 */
export async function leadMediaMatches(
  store: Store,
  accounts: readonly PackageAccount[],
): Promise<PackageMediaMatches> {
  const byCategory = new Map<string, Set<string>>();
  const pdqOf = new Map<string, string>();
  for (const a of accounts)
    for (const m of await store.media.byAccount(a.platform, a.handle)) {
      if (m.file?.pdq) pdqOf.set(m.sha256, m.file.pdq);
      for (const x of m.matches) {
        if (x.known_good) continue;
        const c = x.category ?? x.list;
        (byCategory.get(c) ?? byCategory.set(c, new Set()).get(c)!).add(m.sha256);
      }
    }
  const counts = [...byCategory].map(([category, s]) => ({ category, count: s.size }));
  const hashes: MediaHash[] = [];
  for (const [category, s] of byCategory)
    for (const sha of s) {
      hashes.push({ algorithm: 'sha256', value: sha, category });
      const pdq = pdqOf.get(sha);
      if (pdq) hashes.push({ algorithm: 'pdq', value: pdq, category });
    }
  return { counts, hashes: hashes.slice(0, MAX_HASHES) };
}
