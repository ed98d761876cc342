import { describe, expect, it } from 'vitest';
import { hammingDistance, isPdqHex, pdqHexFromWords, pdqWords, popcount32 } from './hamming-distance.ts';

describe('hamming distance', () => {
  it('counts bits', () => {
    expect(popcount32(0)).toBe(0);
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(0x80000001)).toBe(2);
  });
  it('round-trips words and measures distance', () => {
    const a = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';
    expect(pdqHexFromWords(pdqWords(a))).toBe(a);
    expect(hammingDistance(a, a)).toBe(0);
    expect(hammingDistance('0'.repeat(64), 'f'.repeat(64))).toBe(256);
    expect(hammingDistance('0'.repeat(63) + '3', '0'.repeat(64))).toBe(2);
  });
  it('treats malformed hashes as maximally distant', () => {
    expect(isPdqHex('xyz')).toBe(false);
    expect(hammingDistance('abc', '0'.repeat(64))).toBe(256);
  });
});
