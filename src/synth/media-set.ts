import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { knownListCsv, writeSyntheticMediaSet } from '../media/synthetic/synthetic-media-set.ts';
import { readTruth, type TruthAccount, type TruthPerson } from './read-truth.ts';

export interface SynthMediaOptions {
  readonly seed: number;
  /** Distinct generated pictures (each with one variant); small by default, for tests. */
  readonly images?: number;
  readonly videos?: number;
}

export interface SynthMediaSummary {
  readonly files: number;
  readonly known_entries: number;
  readonly links: number;
  /** Persons who received media on the known list (M1), and media a seller sent that is on no list (M2). */
  readonly m1_persons: readonly string[];
  readonly m2_persons: readonly string[];
}

interface Link {
  readonly file: string;
  readonly seller: TruthAccount;
  readonly buyer: TruthAccount;
  readonly expect: 'M1' | 'M2' | 'none';
}

const csvField = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Gives a written synthetic bundle a media set (generated patterns and ffmpeg test-source clips
 * only): `media/` with pictures, variants, clips, re-encodes and hostile files; `hashlists/` with
 * the known originals; `media_links.csv` in which seller accounts send them to buyers; and
 * `truth/media.csv` saying which buyer should show M1 (known-listed media) or M2 (unlisted media a
 * seller circulated). Leads receive the known media, other buyers the unlisted.
 */
export async function writeSynthMedia(out: string, opts: SynthMediaOptions): Promise<SynthMediaSummary> {
  const truth = readTruth(out);
  const accountsOf = new Map<string, TruthAccount[]>();
  for (const a of truth.accounts)
    (accountsOf.get(a.person_id) ?? accountsOf.set(a.person_id, []).get(a.person_id)!).push(a);
  // sellers of known networks (their accounts are marked seller) send the media, on a platform
  // the buyer also uses
  const known = new Set(truth.networks.filter((n) => n.known).map((n) => n.network_id));
  const sellers = truth.persons.filter(
    (p) => p.role === 'seller' && p.network_id !== null && known.has(p.network_id),
  );
  const sellerAccounts = sellers.flatMap((p) => accountsOf.get(p.person_id) ?? []);
  const networkOf = new Map(truth.persons.map((p) => [p.person_id, p.network_id]));
  const pair = (b: TruthPerson): { seller: TruthAccount; buyer: TruthAccount } | undefined => {
    for (const buyer of accountsOf.get(b.person_id) ?? []) {
      const same = sellerAccounts.filter((s) => s.platform === buyer.platform);
      const seller = same.find((s) => networkOf.get(s.person_id) === b.network_id) ?? same[0];
      if (seller) return { seller, buyer };
    }
    return undefined;
  };
  const paired = (ps: TruthPerson[]) =>
    ps.map((p) => pair(p)).filter((x): x is { seller: TruthAccount; buyer: TruthAccount } => x !== undefined);
  const leads = paired(truth.persons.filter((p) => p.role === 'buyer' && p.is_lead));
  const others = paired(truth.persons.filter((p) => p.role === 'buyer' && !p.is_lead));
  if (leads.length === 0 || others.length === 0)
    throw new Error('The world has too few buyers who share a platform with a seller to carry a media set.');

  const set = await writeSyntheticMediaSet(join(out, 'media'), {
    seed: opts.seed,
    images: opts.images ?? 8,
    variantsPerImage: 1,
    videos: opts.videos ?? 1,
    knownShare: 0.5,
    hostile: true,
    category: 'synthetic-category-1',
    list: 'synthetic-agency-list',
  });
  // known media (originals, variants, clips) to leads; each unlisted picture and its variant to two other buyers
  const links: Link[] = [];
  let lead = 0;
  let other = 0;
  const origins = [...new Set(set.files.map((f) => f.origin))];
  for (const origin of origins) {
    const files = set.files.filter((f) => f.origin === origin && f.variant !== 'hostile');
    if (files.length === 0) continue;
    if (files[0]!.known) {
      const b = leads[lead++ % leads.length]!;
      for (const f of files) links.push({ file: f.file, ...b, expect: 'M1' });
    } else {
      for (const f of files) {
        const b = others[other++ % others.length]!;
        links.push({ file: f.file, ...b, expect: 'M2' });
      }
    }
  }
  const start = Date.UTC(2021, 2, 1, 10);
  const rows = links.map((l, i) =>
    [
      l.file,
      l.seller.platform,
      l.seller.handle,
      l.buyer.handle,
      new Date(start + i * 3_600_000).toISOString().replace('.000Z', 'Z'),
    ]
      .map(csvField)
      .join(','),
  );
  await writeFile(
    join(out, 'media_links.csv'),
    ['file,platform,sender,recipients,sent_at', ...rows].join('\n') + '\n',
  );
  await mkdir(join(out, 'hashlists'), { recursive: true });
  await writeFile(join(out, 'hashlists', 'synthetic-agency-list.csv'), knownListCsv(set.knownList));
  const personOf = new Map(truth.accounts.map((a) => [`${a.platform}:${a.handle}`, a.person_id]));
  const buyerPerson = (l: Link): string => personOf.get(`${l.buyer.platform}:${l.buyer.handle}`)!;
  await writeFile(
    join(out, 'truth', 'media.csv'),
    [
      'file,sender_person_id,recipient_person_id,expected_indicator',
      ...links.map((l) =>
        [l.file, personOf.get(`${l.seller.platform}:${l.seller.handle}`)!, buyerPerson(l), l.expect]
          .map(csvField)
          .join(','),
      ),
    ].join('\n') + '\n',
  );
  const persons = (e: Link['expect']): string[] =>
    [...new Set(links.filter((l) => l.expect === e).map(buyerPerson))].sort();
  return {
    files: set.files.length,
    known_entries: set.knownList.length,
    links: links.length,
    m1_persons: persons('M1'),
    m2_persons: persons('M2'),
  };
}
