import sharp, { type Sharp } from 'sharp';
import { seededRandom } from './seeded-random.ts';

/** Kinds of generated picture: abstract patterns only. */
export type SyntheticImageKind = 'pattern' | 'shapes' | 'noise' | 'text';
export const SYNTHETIC_IMAGE_KINDS: readonly SyntheticImageKind[] = ['pattern', 'shapes', 'noise', 'text'];

export interface SyntheticImageOptions {
  seed: number;
  kind: SyntheticImageKind;
  width?: number;
  height?: number;
  format?: 'jpeg' | 'png' | 'webp' | 'tiff' | 'gif' | 'avif';
  quality?: number;
}

function pattern(rand: () => number, w: number, h: number): Buffer {
  const px = Buffer.alloc(w * h * 3);
  const fx = 1 + rand() * 9;
  const fy = 1 + rand() * 9;
  const phase = rand() * Math.PI * 2;
  const cell = 8 + Math.floor(rand() * 56);
  const tint = [rand(), rand(), rand()];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const wave = Math.sin((x / w) * fx * Math.PI * 2 + phase) * Math.cos((y / h) * fy * Math.PI * 2);
      const check = (Math.floor(x / cell) + Math.floor(y / cell)) & 1 ? 40 : -40;
      const v = 128 + wave * 80 + check;
      const o = (y * w + x) * 3;
      for (let c = 0; c < 3; c++) px[o + c] = Math.max(0, Math.min(255, v * (0.5 + tint[c]!)));
    }
  }
  return px;
}

function noise(rand: () => number, w: number, h: number): Buffer {
  // Blocky value noise so the picture has structure at the scale PDQ sees.
  const bw = 16;
  const gw = Math.ceil(w / bw) + 1;
  const gh = Math.ceil(h / bw) + 1;
  const grid = Array.from({ length: gw * gh * 3 }, () => rand() * 255);
  const px = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const g = (Math.floor(y / bw) * gw + Math.floor(x / bw)) * 3;
      const o = (y * w + x) * 3;
      for (let c = 0; c < 3; c++) px[o + c] = Math.max(0, Math.min(255, grid[g + c]! + (rand() - 0.5) * 30));
    }
  }
  return px;
}

function colour(rand: () => number): string {
  return `rgb(${Math.floor(rand() * 256)},${Math.floor(rand() * 256)},${Math.floor(rand() * 256)})`;
}

function shapesSvg(rand: () => number, w: number, h: number): string {
  const parts = [`<rect width="${w}" height="${h}" fill="${colour(rand)}"/>`];
  const n = 30 + Math.floor(rand() * 20);
  for (let i = 0; i < n; i++) {
    const x = rand() * w;
    const y = rand() * h;
    const s = (0.03 + rand() * 0.15) * Math.min(w, h);
    const shape = Math.floor(rand() * 3);
    if (shape === 0) parts.push(`<circle cx="${x}" cy="${y}" r="${s}" fill="${colour(rand)}"/>`);
    else if (shape === 1)
      parts.push(`<rect x="${x}" y="${y}" width="${s * 1.5}" height="${s}" fill="${colour(rand)}"/>`);
    else
      parts.push(
        `<polygon points="${x},${y} ${x + s},${y + s * 1.7} ${x - s},${y + s * 1.3}" fill="${colour(rand)}"/>`,
      );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${parts.join('')}</svg>`;
}

function textSvg(rand: () => number, w: number, h: number): string {
  const words = ['NORTH', 'RIVER', 'TABLE', 'SEVEN', 'PAPER', 'LIGHT', 'GARDEN', 'ORBIT', 'DELTA', 'MAPLE'];
  const lines: string[] = [`<rect width="${w}" height="${h}" fill="${colour(rand)}"/>`];
  const size = Math.floor(h / 8);
  for (let i = 0; i < 6; i++) {
    const word = `${words[Math.floor(rand() * words.length)]} ${Math.floor(rand() * 1000)}`;
    lines.push(
      `<text x="${rand() * w * 0.3}" y="${size * (i + 1.3)}" font-size="${size}" font-family="sans-serif" fill="${colour(rand)}">${word}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${lines.join('')}</svg>`;
}

/** A generated abstract picture (patterns, shapes, noise or words), encoded; the same seed gives the same bytes. */
export function syntheticImage(opts: SyntheticImageOptions): Promise<Buffer> {
  const w = opts.width ?? 640;
  const h = opts.height ?? 480;
  const rand = seededRandom(opts.seed * 7919 + SYNTHETIC_IMAGE_KINDS.indexOf(opts.kind));
  let img: Sharp;
  if (opts.kind === 'pattern')
    img = sharp(pattern(rand, w, h), { raw: { width: w, height: h, channels: 3 } });
  else if (opts.kind === 'noise')
    img = sharp(noise(rand, w, h), { raw: { width: w, height: h, channels: 3 } });
  else
    img = sharp(Buffer.from(opts.kind === 'shapes' ? shapesSvg(rand, w, h) : textSvg(rand, w, h))).flatten();
  const format = opts.format ?? 'jpeg';
  const quality = opts.quality ?? 90;
  if (format === 'jpeg') return img.jpeg({ quality }).toBuffer();
  if (format === 'png') return img.png().toBuffer();
  if (format === 'webp') return img.webp({ quality }).toBuffer();
  if (format === 'tiff') return img.tiff().toBuffer();
  if (format === 'gif') return img.gif().toBuffer();
  return img.avif({ quality }).toBuffer();
}
