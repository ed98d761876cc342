import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile } from '../hash-file.ts';
import { imageVariant } from '../synthetic/image-variants.ts';
import { syntheticImage } from '../synthetic/synthetic-image.ts';
import { KnownHashMatcher } from './known-hash-matcher.ts';
import { tempDir } from '../testing/temp-dir.ts';

describe('KnownHashMatcher with rotated and mirrored copies', () => {
  it('matches a turned or mirrored copy through its transform hashes, and says how it was turned', async () => {
    const dir = tempDir('vigil-dihedral-');
    const base = await syntheticImage({ seed: 31, kind: 'noise' });
    writeFileSync(join(dir, 'base.jpg'), base);
    writeFileSync(join(dir, 'rotated.jpg'), await imageVariant(base, 'rotated'));
    writeFileSync(join(dir, 'flipped.jpg'), await imageVariant(base, 'flipped'));
    const original = await hashFile(join(dir, 'base.jpg'));
    expect(original.pdqTransforms).toHaveLength(7);
    const matcher = new KnownHashMatcher([{ list: 'l', pdq: original.pdq!, category: 'A' }]);
    const rotated = await hashFile(join(dir, 'rotated.jpg'));
    const flipped = await hashFile(join(dir, 'flipped.jpg'));
    // The orientation names the turn of the copy's picture that brings it back to the listed one.
    expect(matcher.match(rotated)).toMatchObject([{ by: 'pdq', orientation: 'rotate90' }]);
    expect(matcher.match(flipped)[0]?.orientation).toMatch(/^flip/);
    expect(
      new KnownHashMatcher([{ list: 'l', pdq: original.pdq! }], { dihedral: false }).match(rotated),
    ).toEqual([]);
  });
});

describe('KnownHashMatcher on video frames', () => {
  it('finds a listed picture in any usable frame and says when', () => {
    const listed = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';
    const near = 'e8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';
    const other = '0'.repeat(63) + '1';
    const m = new KnownHashMatcher([{ list: 'l', pdq: listed, category: 'A' }]);
    const frames = [
      { second: 0, pdq: other, quality: 100 },
      { second: 1, pdq: listed, quality: 20 },
      { second: 2, pdq: near, quality: 90 },
    ];
    expect(m.match({ pdq: other, quality: 100, frames })).toMatchObject([
      { by: 'pdq', distance: 2, second: 2 },
    ]);
  });
});
