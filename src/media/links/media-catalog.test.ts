import { describe, expect, it } from 'vitest';
import type { MediaResult } from '../media-result.ts';
import { knownHashFromRecord } from '../lists/known-hash-from-record.ts';
import { MediaCatalog } from './media-catalog.ts';

const media = (file: string, sha256: string): MediaResult => ({
  file,
  size: 1,
  mtimeMs: 0,
  md5: '',
  sha1: '',
  sha256,
  mime: 'image/jpeg',
  kind: 'image',
  pdq: null,
  quality: null,
  width: null,
  height: null,
  exif: null,
  ms: 0,
});

describe('MediaCatalog', () => {
  const a = media('chats/a.jpg', 'a'.repeat(64));
  const b1 = media('x/b.jpg', 'b'.repeat(64));
  const b2 = media('y/b.jpg', 'c'.repeat(64));
  const cat = new MediaCatalog([a, b1, b2]);
  it('resolves paths, unambiguous names and SHA-256 references', () => {
    expect(cat.resolve('media/chats/a.jpg')).toBe(a);
    expect(cat.resolve('.\\chats\\a.jpg')).toBe(a);
    expect(cat.resolve('a.jpg')).toBe(a);
    expect(cat.resolve('C'.repeat(64))).toBe(b2);
    expect(cat.resolve('b.jpg')).toBeUndefined();
    expect(cat.resolve('x/b.jpg')).toBe(b1);
    expect(cat.resolve('missing.jpg')).toBeUndefined();
  });
});

describe('knownHashFromRecord', () => {
  it('turns stored hashlist rows into matcher entries', () => {
    const base = {
      kind: 'hashlist',
      md5: null,
      sha1: null,
      sha256: null,
      pdq: null,
      category: null,
      list: null,
    } as const;
    expect(knownHashFromRecord({ ...base, md5: 'AB'.repeat(16), category: 'A1', list: 'icse' })).toEqual({
      list: 'icse',
      md5: 'ab'.repeat(16),
      category: 'A1',
    });
    expect(knownHashFromRecord(base)).toBeUndefined();
  });
});
