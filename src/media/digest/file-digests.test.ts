import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferDigests, fileDigests } from './file-digests.ts';
import { tempDir } from '../testing/temp-dir.ts';

describe('fileDigests', () => {
  const dir = tempDir('vigil-digest-');
  it('digests an empty file', async () => {
    const p = join(dir, 'empty.jpg');
    writeFileSync(p, '');
    expect(await fileDigests(p)).toEqual({
      md5: 'd41d8cd98f00b204e9800998ecf8427e',
      sha1: 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      size: 0,
    });
  });
  it('streams large files and agrees with the in-memory digests', async () => {
    const data = Buffer.alloc(3 * 1024 * 1024 + 7, 0x5a);
    const p = join(dir, 'big.bin');
    writeFileSync(p, data);
    expect(await fileDigests(p)).toEqual(bufferDigests(data));
  });
});
