import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../ingest/ingest.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { knownListCsv, writeSyntheticMediaSet } from '../synthetic/synthetic-media-set.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { ingestMedia } from './ingest-media.ts';

/** A bundle: a seller, two buyers, a generated media set, its known list, link rows and one attachment. */
async function bundle(): Promise<{ dir: string; known: string; unknown: string; knownVariant: string }> {
  const dir = tempDir('vigil-media-stage-');
  const set = await writeSyntheticMediaSet(join(dir, 'media'), {
    seed: 7,
    images: 4,
    variantsPerImage: 1,
    videos: 1,
    knownShare: 0.5,
  });
  const originals = set.files.filter((f) => f.variant === 'original' && f.file.startsWith('images/'));
  const known = originals.find((f) => f.known)!;
  const unknown = originals.find((f) => !f.known)!;
  const knownVariant = set.files.find(
    (f) => f.origin === known.origin && f.variant !== 'original' && f.file.endsWith('.jpg'),
  )!;
  await mkdir(join(dir, 'hashlists'), { recursive: true });
  await writeFile(join(dir, 'hashlists', 'agency-list.csv'), knownListCsv(set.knownList));
  await writeFile(
    join(dir, 'accounts.csv'),
    'platform,handle,role_hint\nskype,seller1,seller\nskype,buyer1,\nskype,buyer2,\n',
  );
  await writeFile(
    join(dir, 'media_links.csv'),
    [
      'file,platform,sender,recipients,sent_at',
      `${known.file},skype,seller1,buyer1,2020-01-02T10:00:00Z`,
      `${unknown.file},,seller1,buyer2,2020-01-03T10:00:00Z`,
      `missing/nowhere.jpg,skype,seller1,buyer2,2020-01-03T10:00:00Z`,
    ].join('\n') + '\n',
  );
  const base = knownVariant.file.slice(knownVariant.file.lastIndexOf('/') + 1);
  await writeFile(
    join(dir, 'messages.csv'),
    [
      'message_id,platform,conversation_id,sent_at,sender,recipients,body,attachments',
      `m1,skype,c1,2020-01-04T10:00:00Z,seller1,buyer2,here it is,${base}`,
      'm2,skype,c1,2020-01-04T10:05:00Z,buyer2,seller1,thanks see you at nine,',
    ].join('\n') + '\n',
  );
  return { dir, known: known.file, unknown: unknown.file, knownVariant: knownVariant.file };
}

describe('ingestMedia', () => {
  it('hashes the media into the case, matches the list, stacks variants, links accounts, and resumes', async () => {
    const b = await bundle();
    const store = SqliteStore.open(join(b.dir, 'case'));
    try {
      const report = await ingest(store, [b.dir], { worker: false });
      const r = (await ingestMedia(store, report.run_id, [b.dir], { scan: { workers: 2 } }))!;
      expect(r.hashed.files).toBe(r.case_files);
      expect(r.hashed.files).toBeGreaterThan(10);
      // the hostile files are recorded with their reasons, not lost
      expect(r.hashed.notDecoded).toBeGreaterThanOrEqual(4);
      expect(r.hashed.byReason.empty).toBe(1);
      expect(r.hashed.byReason.too_large).toBe(1);
      expect(r.matched).toBeGreaterThanOrEqual(2);
      expect(r.stacks).toBeGreaterThanOrEqual(2);
      expect(r.links.unresolved).toBe(1);
      expect(r.links.unresolvedExamples).toEqual(['missing/nowhere.jpg']);

      const files = [];
      for await (const f of store.media.files()) files.push(f);
      const known = files.find((f) => f.path === b.known)!;
      const variant = files.find((f) => f.path === b.knownVariant)!;
      expect((await store.media.matches(known.sha256)).map((m) => [m.list, m.by])).toContainEqual([
        'synthetic-list',
        'sha256',
      ]);
      // the variant is not on the list by digest, but by PDQ
      expect((await store.media.matches(variant.sha256)).map((m) => m.by)).toEqual(['pdq']);
      const stacks = await store.media.stacks();
      expect(stacks.get(variant.sha256)).toBe(stacks.get(known.sha256));

      const buyer1 = await store.media.byAccount('skype', 'buyer1');
      expect(buyer1.map((m) => [m.sha256, m.direction, m.counterpart_handle, m.via])).toEqual([
        [known.sha256, 'received', 'seller1', 'media_link'],
      ]);
      expect(buyer1[0]!.matches[0]!.category).toBe('synthetic-known');
      // buyer2: the unknown picture (platform taken from the subscriber record) and the attachment
      const buyer2 = await store.media.byAccount('skype', 'buyer2');
      expect(buyer2.map((m) => m.via).sort()).toEqual(['attachment', 'media_link']);
      expect(buyer2.find((m) => m.via === 'attachment')).toMatchObject({
        sha256: variant.sha256,
        message_id: 'm1',
        conversation_id: 'c1',
      });
      const sent = await store.media.byAccount('skype', 'seller1');
      expect(sent.every((m) => m.direction === 'sent')).toBe(true);
      expect(sent).toHaveLength(3);

      // a second run hashes nothing again
      const again = (await ingestMedia(store, report.run_id, [b.dir], { scan: { workers: 2 } }))!;
      expect(again.hashed.files).toBe(0);
      expect(again.skipped).toBe(r.case_files);
      expect(again.matched).toBe(r.matched);
      expect(again.links.links).toBe(r.links.links);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('says nothing when no bundle has media and the case holds none', async () => {
    const dir = tempDir('vigil-media-none-');
    const store = SqliteStore.open(':memory:');
    try {
      expect(await ingestMedia(store, 1, [dir])).toBeNull();
    } finally {
      await store.close();
    }
  });
});
