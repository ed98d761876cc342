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
