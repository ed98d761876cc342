import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './sniff-media-type.ts';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffMediaType', () => {
  it.each([
    [bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    [bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
    [bytes('GIF89a'), 'image/gif'],
    [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    [bytes('II', [0x2a, 0]), 'image/tiff'],
    [bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'image/heic'],
    [bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf'), 'image/avif'],
    [bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0], 'isomiso2avc1mp41'), 'video/mp4'],
    [bytes([0, 0, 0, 0x14], 'ftypqt  ', [0, 0, 0, 0], 'qt  '), 'video/quicktime'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3], 'webm'), 'video/webm'],
    [bytes('RIFF', [0, 0, 0, 0], 'AVI '), 'video/x-msvideo'],
    [bytes(''), 'application/octet-stream'],
    [bytes('hello, this is text'), 'application/octet-stream'],
  ])('sniffs %#', (head, mime) => {
    expect(sniffMediaType(head).mime).toBe(mime);
  });
});
