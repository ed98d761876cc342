import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentId, sha256Hex } from './hash.ts';

describe('hashes', () => {
  it('sha256Hex is SHA-256 of the UTF-8 bytes', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(sha256Hex('abc'));
  });

  it('contentId keeps the ids stored by earlier versions (parts each followed by a unit separator)', () => {
    const parts = ['whatsapp', 'jürgen', 42, null, undefined, ''];
    const h = createHash('sha256');
    for (const p of parts) h.update(p === null || p === undefined ? '\u0000' : String(p)).update('\u001f');
    expect(contentId(parts, 20)).toBe(h.digest('hex').slice(0, 20));
    expect(contentId(['a', 'b'])).not.toBe(contentId(['ab']));
  });
});
