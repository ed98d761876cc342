import type { Store } from '../../store/store.ts';
import type { LocationFact } from './seller-homes.ts';

/** Location records of the given accounts (`platform:handle`), streamed once, by account. */
export async function loadLocations(
  store: Store,
  accounts: ReadonlySet<string>,
): Promise<Map<string, (LocationFact & { accuracy: number | null })[]>> {
  const out = new Map<string, (LocationFact & { accuracy: number | null })[]>();
  for await (const r of store.records('locations')) {
    const account = `${r.platform as string}:${r.handle as string}`;
    if (!accounts.has(account)) continue;
    const list = out.get(account) ?? out.set(account, []).get(account)!;
    list.push({
      id: `${r.file_sha256.slice(0, 12)}:${r.line}`,
      account,
      at: r.observed_at as number,
      lat: Number(r.lat),
      lon: Number(r.lon),
      source: (r.source as string | null) ?? null,
      accuracy: r.accuracy_m === null ? null : Number(r.accuracy_m),
    });
  }
  return out;
}

/**
 * Places in the photo metadata (EXIF GPS) of media these accounts sent, as location observations:
 * evidence is the media's SHA-256 (the picture itself is never shown).
 */
export async function loadPhotoLocations(
  store: Store,
  accounts: ReadonlySet<string>,
): Promise<Map<string, (LocationFact & { accuracy: number | null })[]>> {
  const out = new Map<string, (LocationFact & { accuracy: number | null })[]>();
  for (const account of [...accounts].sort()) {
    const platform = account.slice(0, account.indexOf(':'));
    const handle = account.slice(account.indexOf(':') + 1);
    for (const m of await store.media.byAccount(platform, handle)) {
      const lat = m.file?.exif?.lat;
      const lon = m.file?.exif?.lon;
      if (m.direction !== 'sent' || typeof lat !== 'number' || typeof lon !== 'number') continue;
      const list = out.get(account) ?? out.set(account, []).get(account)!;
      if (list.some((p) => p.id === m.sha256)) continue;
      list.push({ id: m.sha256, account, at: m.sent_at ?? 0, lat, lon, source: 'exif', accuracy: null });
    }
  }
  return out;
}

/** Both maps of observations together, by account. */
export function mergeLocations<T>(
  a: Map<string, T[]>,
  b: ReadonlyMap<string, readonly T[]>,
): Map<string, T[]> {
  for (const [k, v] of b) a.set(k, [...(a.get(k) ?? []), ...v]);
  return a;
}
