import { describe, expect, it } from 'vitest';
import { parseHashListCsv } from '../lists/hash-list-csv.ts';
import { KnownHashMatcher } from '../lists/known-hash-matcher.ts';
import { scanMedia } from '../scan/scan-media.ts';
import { knownListCsv, writeSyntheticMediaSet } from './synthetic-media-set.ts';
import { tempDir } from '../testing/temp-dir.ts';

describe('writeSyntheticMediaSet', () => {
  it('writes a media folder whose known originals match its own list and nothing else does', async () => {
    const dir = tempDir('vigil-synth-media-');
    const set = await writeSyntheticMediaSet(dir, {
      seed: 4,
      images: 6,
      variantsPerImage: 1,
      videos: 1,
      knownShare: 0.5,
    });
    expect(set.files.length).toBeGreaterThanOrEqual(6 + 6 + 1 + 5);
    const list = parseHashListCsv(knownListCsv(set.knownList), 'x');
    expect(list.rejected).toEqual([]);
    const matcher = new KnownHashMatcher(list.entries);
    const byFile = new Map(set.files.map((f) => [f.file, f]));
    let originalsMatched = 0;
    let falseMatches = 0;
    for await (const r of scanMedia(dir, { workers: 0 })) {
      const f = byFile.get(r.file)!;
      const m = matcher.match(r);
      if (f.known && f.variant === 'original' && m.some((x) => x.by === 'sha256')) originalsMatched++;
      if (!f.known && m.length > 0) falseMatches++;
    }
    expect(originalsMatched).toBe(set.knownList.length);
    expect(falseMatches).toBe(0);
  });
});
