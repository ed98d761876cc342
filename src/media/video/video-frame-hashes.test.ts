import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reencodeVideo, syntheticVideo } from '../synthetic/synthetic-video.ts';
import { matchVideos } from './match-videos.ts';
import { DEFAULT_VIDEO_LIMITS, videoFrameHashes, type VideoHashes } from './video-frame-hashes.ts';
import { tempDir } from '../testing/temp-dir.ts';

const dir = tempDir('vigil-video-');
const p = (f: string) => join(dir, f);

async function frames(file: string, limits = DEFAULT_VIDEO_LIMITS): Promise<VideoHashes> {
  const r = await videoFrameHashes(file, limits);
  if ('code' in r) throw new Error(`${r.code}: ${r.message}`);
  return r;
}

describe('video frame hashing and vPDQ matching', () => {
  beforeAll(async () => {
    expect(await syntheticVideo({ source: 'testsrc', seconds: 5, out: p('a.mp4') })).toBeUndefined();
    expect(await syntheticVideo({ source: 'mandelbrot', seconds: 5, out: p('b.mp4') })).toBeUndefined();
    expect(await reencodeVideo(p('a.mp4'), p('a-reencoded.avi'))).toBeUndefined();
    expect(await reencodeVideo(p('b.mp4'), p('b-reencoded.webm'), { scale: 0.5 })).toBeUndefined();
  });

  it('samples one frame a second and matches re-encodes but not other clips', async () => {
    const a = await frames(p('a.mp4'));
    const b = await frames(p('b.mp4'));
    expect(a.frames).toHaveLength(5);
    expect(a.frames.map((f) => f.second)).toEqual([0, 1, 2, 3, 4]);
    expect(matchVideos(a.frames, (await frames(p('a-reencoded.avi'))).frames).queryShare).toBe(1);
    expect(
      matchVideos(b.frames, (await frames(p('b-reencoded.webm'))).frames).queryShare,
    ).toBeGreaterThanOrEqual(0.8);
    expect(matchVideos(a.frames, b.frames).queryShare).toBe(0);
  });

  it('ignores low-quality frames', () => {
    const flat = [{ second: 0, pdq: '0'.repeat(64), quality: 10 }];
    expect(matchVideos(flat, flat)).toMatchObject({ queryShare: 0, queryFrames: 0 });
  });

  it('stops at the frame limit', async () => {
    const r = await frames(p('a.mp4'), { ...DEFAULT_VIDEO_LIMITS, maxFrames: 2 });
    expect(r.frames).toHaveLength(2);
  });

  it('records truncated and corrupt files as errors with the frames it got', async () => {
    const whole = readFileSync(p('a-reencoded.avi'));
    writeFileSync(p('cut.avi'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    const cut = await videoFrameHashes(p('cut.avi'));
    expect('code' in cut ? cut.code : cut.frames.length).toBeTruthy();
    writeFileSync(p('junk.mp4'), Buffer.from('\0\0\0\x20ftypisom not really a video'));
    const junk = await videoFrameHashes(p('junk.mp4'));
    expect('code' in junk).toBe(true);
  });

  it("caps the decoders' memory: a decoder that cannot get it fails as a recorded error", async () => {
    const r = await videoFrameHashes(p('a.mp4'), { ...DEFAULT_VIDEO_LIMITS, maxMemoryMb: 8 });
    expect('code' in r).toBe(true);
  });

  it('kills a decoder that hangs (a pipe nobody writes to)', async () => {
    execFileSync('mkfifo', [p('hang.mp4')]);
    const t = Date.now();
    const r = await videoFrameHashes(p('hang.mp4'), { ...DEFAULT_VIDEO_LIMITS, timeoutMs: 800 });
    expect(r).toMatchObject({ code: 'timeout' });
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
