import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngBomb } from './synthetic/png-bomb.ts';
import { hashFile } from './hash-file.ts';
import { syntheticImage } from './synthetic/synthetic-image.ts';
import { syntheticVideo } from './synthetic/synthetic-video.ts';
import { tempDir } from './testing/temp-dir.ts';

const dir = tempDir('vigil-hashfile-');

describe('hashFile', () => {
  it('hashes an image whose extension lies', async () => {
    const p = join(dir, 'holiday.mp4');
    writeFileSync(p, await syntheticImage({ seed: 1, kind: 'noise', format: 'png' }));
    const r = await hashFile(p, 'holiday.mp4');
    expect(r).toMatchObject({
      file: 'holiday.mp4',
      mime: 'image/png',
      kind: 'image',
      width: 640,
      height: 480,
    });
    expect(r.pdq).toMatch(/^[0-9a-f]{64}$/);
    expect(r.quality).toBeGreaterThanOrEqual(50);
    expect(r.error).toBeUndefined();
  });

  it('gives digests and a recorded error for empty, bomb, truncated and unknown files', async () => {
    const files: [string, Buffer, string][] = [
      ['empty.jpg', Buffer.alloc(0), 'empty'],
      ['bomb.png', pngBomb(50_000, 50_000), 'too_large'],
      ['notes.jpg', Buffer.from('meeting at nine, bring the receipts'), 'unsupported'],
    ];
    const jpeg = await syntheticImage({ seed: 2, kind: 'noise' });
    files.push(['cut.jpg', jpeg.subarray(0, jpeg.length >> 1), 'truncated']);
    for (const [name, bytes, code] of files) {
      writeFileSync(join(dir, name), bytes);
      const r = await hashFile(join(dir, name), name);
      expect(r.sha256, name).toMatch(/^[0-9a-f]{64}$/);
      expect(r.error?.code, name).toBe(code);
      expect(r.pdq, name).toBeNull();
    }
  });

  it('records a missing file as unreadable instead of throwing', async () => {
    const r = await hashFile(join(dir, 'gone.jpg'), 'gone.jpg');
    expect(r.error?.code).toBe('unreadable');
  });

  it('hashes a video frame by frame', async () => {
    const p = join(dir, 'clip.bin');
    expect(
      await syntheticVideo({ source: 'testsrc', seconds: 3, out: join(dir, 'clip.mp4') }),
    ).toBeUndefined();
    const r = await hashFile(join(dir, 'clip.mp4'), p);
    expect(r).toMatchObject({ kind: 'video', mime: 'video/mp4', width: 320, height: 240 });
    expect(r.frames).toHaveLength(3);
    expect(r.pdq).toBe(r.frames?.[0]?.pdq);
  });
});
