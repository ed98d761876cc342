import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resumeKey, type MediaResult } from '../media-result.ts';
import { pngBomb } from '../synthetic/png-bomb.ts';
import { syntheticImage } from '../synthetic/synthetic-image.ts';
import { MediaTally } from './media-tally.ts';
import { scanMedia } from './scan-media.ts';
import { tempDir } from '../testing/temp-dir.ts';

async function collect(it: AsyncIterable<MediaResult>): Promise<MediaResult[]> {
  const out: MediaResult[] = [];
  for await (const r of it) out.push(r);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

describe('scanMedia', () => {
  const dir = tempDir('vigil-scan-');
  mkdirSync(join(dir, 'sub'));

  it('hashes every file in child processes, records failures, and resumes', async () => {
    for (let i = 0; i < 4; i++)
      writeFileSync(
        join(dir, `img${i}.jpg`),
        await syntheticImage({ seed: 100 + i, kind: 'noise', width: 320, height: 240 }),
      );
    writeFileSync(join(dir, 'sub', 'bomb.png'), pngBomb(50_000, 50_000));
    writeFileSync(join(dir, 'sub', 'empty.jpg'), '');
    writeFileSync(join(dir, 'sub', 'notes.txt'), 'see you at the station at nine');
    const results = await collect(scanMedia(dir, { workers: 2 }));
    expect(results.map((r) => r.file)).toEqual([
      'img0.jpg',
      'img1.jpg',
      'img2.jpg',
      'img3.jpg',
      'sub/bomb.png',
      'sub/empty.jpg',
      'sub/notes.txt',
    ]);
    expect(results.slice(0, 4).every((r) => r.pdq && !r.error)).toBe(true);
    const tally = new MediaTally();
    results.forEach((r) => tally.add(r));
    expect(tally.summary()).toMatchObject({
      files: 7,
      hashed: 4,
      notDecoded: 3,
      byReason: { too_large: 1, empty: 1, unsupported: 1 },
    });

    const done = new Set(results.filter((r) => r.file !== 'img2.jpg').map(resumeKey));
    const again = await collect(scanMedia(dir, { workers: 1, done }));
    expect(again.map((r) => r.file)).toEqual(['img2.jpg']);
    expect(again[0]?.sha256).toBe(results[2]?.sha256);
  });

  it('kills a file that exceeds the time limit and still reports its digests', async () => {
    const slow = tempDir('vigil-scan-slow-');
    writeFileSync(
      join(slow, 'big.png'),
      await syntheticImage({ seed: 1, kind: 'noise', width: 1500, height: 1500, format: 'png' }),
    );
    const [r] = await collect(scanMedia(slow, { workers: 1, taskTimeoutMs: 5 }));
    expect(r?.error?.code).toBe('timeout');
    expect(r?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r?.mime).toBe('image/png');
  });

  it('runs in-process when asked for no workers', async () => {
    const results = await collect(scanMedia(join(dir, 'sub'), { workers: 0 }));
    expect(results).toHaveLength(3);
  });
});

describe('scanMedia memory limit', () => {
  it('kills a process that exceeds the resident-memory limit and reports the file', async () => {
    const { syntheticVideo } = await import('../synthetic/synthetic-video.ts');
    const dir = tempDir('vigil-scan-mem-');
    expect(
      await syntheticVideo({ source: 'testsrc', seconds: 20, out: join(dir, 'long.mp4') }),
    ).toBeUndefined();
    const [r] = await collect(scanMedia(dir, { workers: 1, maxRssMb: 1 }));
    expect(r?.error?.code).toBe('memory');
    expect(r?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
