import { describe, expect, it } from 'vitest';
import { mediaFile } from '../store/media-contract.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { mediaCsv } from './media-csv.ts';
import { leadMediaMatches } from './media-from-store.ts';
import { fixturePackageInput } from './package-fixtures.ts';

describe('media in packages', () => {
  it('counts a lead’s listed media by category, hashes only, known-good left out', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      const run = await store.startRun('t');
      const [a, b, c] = [mediaFile(1), mediaFile(2), mediaFile(3)];
      await store.media.putFiles(run, '/b', [a, b, c]);
      const link = (sha256: string, handle: string) => ({
        sha256,
        platform: 'skype',
        handle,
        direction: 'received' as const,
        conversation_id: null,
        message_id: null,
        sent_at: null,
        via: 'media_link' as const,
        file_sha256: 'e'.repeat(64),
        line: 2,
      });
      await store.media.replaceLinks([
        link(a.sha256, 'buyer1'),
        link(b.sha256, 'buyer1'),
        link(c.sha256, 'buyer1'),
      ]);
      await store.media.replaceMatches([
        { sha256: a.sha256, list: 'L', category: 'cat-1', by: 'sha256', distance: null, known_good: false },
        { sha256: b.sha256, list: 'L', category: 'cat-1', by: 'pdq', distance: 8, known_good: false },
        { sha256: c.sha256, list: 'NSRL', category: null, by: 'md5', distance: null, known_good: true },
      ]);
      const m = await leadMediaMatches(store, [{ platform: 'skype', handle: 'buyer1' }]);
      expect(m.counts).toEqual([{ category: 'cat-1', count: 2 }]);
      expect(m.hashes.map((h) => `${h.algorithm}:${h.value}`).sort()).toEqual(
        [`sha256:${a.sha256}`, `pdq:${a.pdq}`, `sha256:${b.sha256}`, `pdq:${b.pdq}`].sort(),
      );
      expect(JSON.stringify(m)).not.toContain('images/');

      const input = fixturePackageInput('DE', [0]);
      const lead = { ...input.leads[0]!, media_matches: m };
      const csv = mediaCsv({ ...input, leads: [lead] });
      const lines = csv.trim().split(/\r?\n/);
      expect(lines[0]).toBe('person_id,category,count,hashes,handling_code,tlp');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(`,cat-1,2,`);
      expect(lines[1]).toContain(`sha256:${a.sha256}`);
    } finally {
      await store.close();
    }
  });
});
