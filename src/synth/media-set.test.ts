import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../analysis/stages/analyze.ts';
import { ingest } from '../ingest/ingest.ts';
import { ingestMedia } from '../media/stage/ingest-media.ts';
import { packageInputsFromStore } from '../packages/from-store.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { readTruth } from './read-truth.ts';
import { writeSynthMedia } from './media-set.ts';
import { writeSynthBundle } from './write-synth-bundle.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-synth-media-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a synthetic world with media, end to end', () => {
  it('synth → ingest (with media) → analyze: M1 and M2 land on the right persons, packages carry the counts', async () => {
    const out = join(dir, 'bundle');
    await writeSynthBundle({ out, scale: 'tiny', seed: 5, badRows: false });
    const media = await writeSynthMedia(out, { seed: 5, images: 6, videos: 1 });
    expect(media.m1_persons.length).toBeGreaterThan(0);
    expect(media.m2_persons.length).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'truth', 'media.csv'), 'utf8').split('\n')[0]).toBe(
      'file,sender_person_id,recipient_person_id,expected_indicator',
    );

    const store = SqliteStore.open(join(dir, 'case'));
    try {
      const report = await ingest(store, [out], { worker: false });
      expect(report.files.find((f) => f.path === 'media_links.csv')?.rows_stored).toBe(media.links);
      const m = (await ingestMedia(store, report.run_id, [out], { scan: { workers: 2 } }))!;
      expect(m.hashed.files).toBe(media.files);
      expect(m.hashed.notDecoded).toBeGreaterThan(0);
      // every media_links row resolves; what does not are the world's attachments named by a SHA-256 of no file
      expect(m.links.unresolvedExamples.every((x) => /^[0-9a-f]{64}$/.test(x))).toBe(true);
      expect(m.matched).toBeGreaterThanOrEqual(media.known_entries);
      await analyze(store);

      // truth person → the analysed person holding one of its accounts
      const truth = readTruth(out);
      const persons = await store.analysis.leads({ all: true });
      const byAccount = new Map(
        persons.flatMap((p) => p.accounts.map((a) => [`${a.platform}:${a.handle}`, p] as const)),
      );
      const analysed = (truthId: string) => {
        const a = truth.accounts.find((x) => x.person_id === truthId)!;
        return byAccount.get(`${a.platform}:${a.handle}`);
      };
      for (const id of media.m1_persons) {
        const p = analysed(id)!;
        const m1 = p.reasons.find((r) => r.indicator === 'M1');
        expect(m1, `M1 on ${id}`).toBeDefined();
        expect(m1!.detail).toContain('synthetic-category-1');
        expect(m1!.evidence.every((e) => e.kind === 'media' && /^[0-9a-f]{64}$/.test(e.id))).toBe(true);
      }
      const m2 = media.m2_persons.filter((id) => analysed(id)?.reasons.some((r) => r.indicator === 'M2'));
      expect(m2.length).toBe(media.m2_persons.length);
      // nobody who was sent nothing listed shows M1
      const m1Analysed = new Set(media.m1_persons.map((id) => analysed(id)!.person_id));
      expect(
        persons.filter((p) => p.reasons.some((r) => r.indicator === 'M1') && !m1Analysed.has(p.person_id)),
      ).toEqual([]);

      const inputs = await packageInputsFromStore(store, {
        countries: 'all',
        everyone: true,
        override: 'test of media counts',
      });
      const leads = inputs.flatMap((i) => i.leads);
      const withMedia = leads.filter((l) => m1Analysed.has(l.person_id));
      expect(withMedia.length).toBeGreaterThan(0);
      for (const l of withMedia) {
        expect(l.media_matches.counts).toEqual([
          { category: 'synthetic-category-1', count: expect.any(Number) as number },
        ]);
        expect(l.media_matches.hashes.every((h) => /^[0-9a-f]{64}$/.test(h.value))).toBe(true);
      }
    } finally {
      await store.close();
    }
  }, 240_000);
});
