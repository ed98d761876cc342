import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../core/hash.ts';
import type { KeyedRecord } from '../core/records.ts';
import type { MediaAccountLink, MediaFileInput } from './media.ts';
import type { Store } from './store.ts';

/** A hashed file as the media stage would hand it over; `n` makes the content distinct. */
export function mediaFile(n: number, extra: Partial<MediaFileInput> = {}): MediaFileInput {
  return {
    path: `images/p${n}.jpg`,
    size: 1000 + n,
    mtime_ms: 1_600_000_000_000 + n,
    md5: sha256Hex(`md5${n}`).slice(0, 32),
    sha1: sha256Hex(`sha1${n}`).slice(0, 40),
    sha256: sha256Hex(`file${n}`),
    mime: 'image/jpeg',
    kind: 'image',
    pdq: sha256Hex(`pdq${n}`),
    quality: 90,
    pdq_transforms: null,
    width: 640,
    height: 480,
    exif: { make: 'Generic', model: 'Phone 1', lat: 14.6, lon: 121.0, takenAt: '2019-03-04T21:15:00+08:00' },
    error_code: null,
    error_message: null,
    frames: [],
    hash_ms: 12,
    ...extra,
  };
}

/** The media sub-store as tests: every backend runs this suite (`runMediaStoreContract(...)`). */
export function runMediaStoreContract(name: string, newStore: () => Store | Promise<Store>): void {
  describe(`MediaStore contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await newStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores files with their frames and EXIF, and replaces a file by root and path', async () => {
      const run = await store.startRun('media');
      const video = mediaFile(2, {
        path: 'videos/c.mp4',
        kind: 'video',
        mime: 'video/mp4',
        exif: null,
        frames: [
          { second: 0, pdq: 'a'.repeat(64), quality: 80 },
          { second: 1, pdq: 'b'.repeat(64), quality: 40 },
        ],
      });
      await store.media.putFiles(run, '/cases/b1', [mediaFile(1), video]);
      await store.media.putFiles(run, '/cases/b1', [
        mediaFile(1, { error_code: 'truncated', error_message: 'cut short', pdq: null }),
      ]);
      const files = [];
      for await (const f of store.media.files()) files.push(f);
      expect(files.map((f) => f.path).sort()).toEqual(['images/p1.jpg', 'videos/c.mp4']);
      const p1 = files.find((f) => f.path === 'images/p1.jpg')!;
      expect(p1.error_code).toBe('truncated');
      expect(p1.pdq).toBeNull();
      const v = (await store.media.filesBySha256(video.sha256))[0]!;
      expect(v.frames.map((f) => f.second)).toEqual([0, 1]);
      expect(v.root).toBe('/cases/b1');
      const again = (await store.media.filesBySha256(mediaFile(1).sha256))[0]!;
      expect(again.exif).toEqual(mediaFile(1).exif);
      expect(await store.media.count()).toEqual({ files: 2, undecoded: 1 });
    });

    it('gives resume keys per bundle folder', async () => {
      const run = await store.startRun('media');
      await store.media.putFiles(run, '/cases/b1', [mediaFile(1)]);
      await store.media.putFiles(run, '/cases/b2', [mediaFile(2)]);
      const keys = await store.media.resumeKeys('/cases/b1');
      const f = mediaFile(1);
      expect([...keys]).toEqual([`${f.path}\u0000${f.size}\u0000${f.mtime_ms}`]);
      expect((await store.media.resumeKeys('/elsewhere')).size).toBe(0);
    });

    it('replaces matches and stacks as a whole', async () => {
      const a = mediaFile(1).sha256;
      const b = mediaFile(2).sha256;
      await store.media.replaceMatches([
        { sha256: a, list: 'L1', category: 'cat-1', by: 'sha256', distance: null, known_good: false },
        { sha256: b, list: 'L1', category: 'cat-1', by: 'pdq', distance: 12, known_good: false },
      ]);
      await store.media.replaceMatches([
        { sha256: b, list: 'NSRL', category: null, by: 'md5', distance: null, known_good: true },
      ]);
      expect(await store.media.matches(a)).toEqual([]);
      expect(await store.media.matches(b)).toEqual([
        { sha256: b, list: 'NSRL', category: null, by: 'md5', distance: null, known_good: true },
      ]);
      await store.media.replaceStacks([
        { sha256: a, stack_id: a },
        { sha256: b, stack_id: a },
      ]);
      expect([...(await store.media.stacks())].sort()).toEqual(
        [
          [a, a],
          [b, a],
        ].sort(),
      );
    });

    it('answers media received and sent by an account, with the counterpart, matches and stack', async () => {
      const run = await store.startRun('media');
      const f = mediaFile(1);
      await store.media.putFiles(run, '/cases/b1', [f]);
      await store.media.replaceMatches([
        { sha256: f.sha256, list: 'L1', category: 'cat-1', by: 'sha256', distance: null, known_good: false },
      ]);
      await store.media.replaceStacks([{ sha256: f.sha256, stack_id: 's1' }]);
      const link = (handle: string, direction: 'sent' | 'received'): MediaAccountLink => ({
        sha256: f.sha256,
        platform: 'skype',
        handle,
        direction,
        conversation_id: null,
        message_id: null,
        sent_at: Date.UTC(2020, 0, 1),
        via: 'media_link',
        file_sha256: 'c'.repeat(64),
        line: 2,
      });
      await store.media.replaceLinks([link('seller1', 'sent'), link('buyer1', 'received')]);
      const got = await store.media.byAccount('skype', 'Buyer1');
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({
        sha256: f.sha256,
        direction: 'received',
        counterpart_handle: 'seller1',
        stack_id: 's1',
      });
      expect(got[0]!.matches.map((m) => m.category)).toEqual(['cat-1']);
      expect(got[0]!.file?.path).toBe(f.path);
      expect((await store.media.byAccount('skype', 'seller1'))[0]!.direction).toBe('sent');
      expect((await store.media.linksOf(f.sha256)).map((l) => l.handle).sort()).toEqual([
        'buyer1',
        'seller1',
      ]);
      expect(await store.media.byAccount('skype', 'nobody')).toEqual([]);
    });

    it('lists messages that carry attachments, with provenance', async () => {
      const run = await store.startRun('t');
      const src = await store.registerSource(run, {
        path: 'messages.csv',
        sha256: 'd'.repeat(64),
        size: 1,
        kind: 'messages',
      });
      const m = (i: number, attachments: string[]): KeyedRecord => ({
        key: sha256Hex(`m${i}`),
        line: i + 2,
        record: {
          kind: 'messages',
          message_id: `m${i}`,
          platform: 'skype',
          conversation_id: 'c1',
          sent_at: Date.UTC(2020, 0, 1) + i,
          sent_at_text: 'x',
          sender: 'alice',
          recipients: ['bob'],
          body: '',
          attachments,
        },
      });
      await store.writeBatch(src, 'messages', [m(1, []), m(2, ['photo.jpg', 'b.png'])], []);
      const got = [];
      for await (const a of store.media.attachmentMessages()) got.push(a);
      expect(got).toEqual([
        expect.objectContaining({
          message_id: 'm2',
          attachments: ['photo.jpg', 'b.png'],
          recipients: ['bob'],
          file_sha256: 'd'.repeat(64),
          line: 4,
        }),
      ]);
    });
  });
}
