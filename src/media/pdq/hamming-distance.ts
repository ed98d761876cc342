/** Number of set bits in a 32-bit integer. */
export function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Whether a string is a PDQ hash in text form (64 hex digits). */
export function isPdqHex(s: string): boolean {
  return /^[0-9a-fA-F]{64}$/.test(s);
}

/** The hash as eight 32-bit words, most significant first (the hex digits in order). */
export function pdqWords(hex: string, out = new Uint32Array(8), offset = 0): Uint32Array {
  for (let i = 0; i < 8; i++) out[offset + i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16) >>> 0;
  return out;
}

/** Text form of eight words at `offset` in a packed array. */
export function pdqHexFromWords(words: Uint32Array, offset = 0): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += (words[offset + i]! >>> 0).toString(16).padStart(8, '0');
  return s;
}

/** Hamming distance between two hashes held as eight words each, possibly in packed arrays. */
export function hammingWords(a: Uint32Array, ai: number, b: Uint32Array, bi: number): number {
  let d = 0;
  for (let i = 0; i < 8; i++) d += popcount32((a[ai + i]! ^ b[bi + i]!) >>> 0);
  return d;
}

/** The distance if it is at most `max`, else some value above `max` (stops counting early). */
export function hammingWithin(a: Uint32Array, ai: number, b: Uint32Array, bi: number, max: number): number {
  let d = 0;
  for (let i = 0; i < 8 && d <= max; i++) d += popcount32((a[ai + i]! ^ b[bi + i]!) >>> 0);
  return d;
}

/** Hamming distance between two PDQ hashes in text form; 256 when either is malformed. */
export function hammingDistance(a: string, b: string): number {
  if (!isPdqHex(a) || !isPdqHex(b)) return 256;
  return hammingWords(pdqWords(a), 0, pdqWords(b), 0);
}
