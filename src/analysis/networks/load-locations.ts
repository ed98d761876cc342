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
