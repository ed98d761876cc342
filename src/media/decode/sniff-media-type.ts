/** What the first bytes of a file say it is (extensions lie). */
export type MediaKind = 'image' | 'video' | 'other';

export interface SniffResult {
  mime: string;
  kind: MediaKind;
}

const OTHER: SniffResult = { mime: 'application/octet-stream', kind: 'other' };

function ascii(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < Math.min(end, b.length); i++) s += String.fromCharCode(b[i]!);
  return s;
}

function startsWith(b: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (b.length < at + bytes.length) return false;
  return bytes.every((v, i) => b[at + i] === v);
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** ISO base media (MP4, MOV, 3GP, HEIC, AVIF): major brand plus compatible brands decide. */
function sniffFtyp(b: Uint8Array): SniffResult {
  const size = Math.min(b.length, ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0 || 32);
  const brands = [ascii(b, 8, 12)];
  for (let i = 16; i + 4 <= size; i += 4) brands.push(ascii(b, i, i + 4));
  if (brands.some((x) => AVIF_BRANDS.has(x))) return { mime: 'image/avif', kind: 'image' };
  if (brands[0] && HEIC_BRANDS.has(brands[0])) return { mime: 'image/heic', kind: 'image' };
  if (brands[0] === 'qt  ') return { mime: 'video/quicktime', kind: 'video' };
  if (brands[0]?.startsWith('3g')) return { mime: 'video/3gpp', kind: 'video' };
  if (
    brands.some((x) => HEIC_BRANDS.has(x)) &&
    !brands.some((x) => x.startsWith('iso') || x.startsWith('mp4'))
  ) {
    return { mime: 'image/heic', kind: 'image' };
  }
  return { mime: 'video/mp4', kind: 'video' };
}

/** Media type from magic bytes; give it at least the first 64 bytes. */
export function sniffMediaType(head: Uint8Array): SniffResult {
  const b = head;
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', kind: 'image' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: 'image/png', kind: 'image' };
  const a6 = ascii(b, 0, 6);
  if (a6 === 'GIF87a' || a6 === 'GIF89a') return { mime: 'image/gif', kind: 'image' };
  if (ascii(b, 0, 4) === 'RIFF') {
    const form = ascii(b, 8, 12);
    if (form === 'WEBP') return { mime: 'image/webp', kind: 'image' };
    if (form === 'AVI ') return { mime: 'video/x-msvideo', kind: 'video' };
  }
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]))
    return { mime: 'image/tiff', kind: 'image' };
  if (ascii(b, 0, 2) === 'BM' && b.length >= 26) return { mime: 'image/bmp', kind: 'image' };
  if (ascii(b, 4, 8) === 'ftyp') return sniffFtyp(b);
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) {
    return ascii(b, 0, 64).includes('webm')
      ? { mime: 'video/webm', kind: 'video' }
      : { mime: 'video/x-matroska', kind: 'video' };
  }
  if (ascii(b, 0, 3) === 'FLV') return { mime: 'video/x-flv', kind: 'video' };
  if (startsWith(b, [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11]))
    return { mime: 'video/x-ms-asf', kind: 'video' };
  if (startsWith(b, [0x00, 0x00, 0x01, 0xba]) || startsWith(b, [0x00, 0x00, 0x01, 0xb3]))
    return { mime: 'video/mpeg', kind: 'video' };
  if (b.length >= 189 && b[0] === 0x47 && b[188] === 0x47) return { mime: 'video/mp2t', kind: 'video' };
  if (ascii(b, 4, 8) === 'moov' || ascii(b, 4, 8) === 'mdat' || ascii(b, 4, 8) === 'wide')
    return { mime: 'video/quicktime', kind: 'video' };
  return OTHER;
}
