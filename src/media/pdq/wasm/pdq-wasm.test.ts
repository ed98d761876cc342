import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../synthetic/seeded-random.ts';
import { decimate, jaroszFilter, jaroszWindowSize } from '../jarosz-filter.ts';
import { jaroszDecimateWasm, PDQ_WASM_AVAILABLE } from './pdq-wasm.ts';

function reference(luma: Float32Array, rows: number, cols: number): Float32Array {
  const a = luma.slice();
  jaroszFilter(
    a,
    new Float32Array(a.length),
    rows,
    cols,
    jaroszWindowSize(cols, 64),
    jaroszWindowSize(rows, 64),
    2,
  );
  return decimate(a, rows, cols, 64, 64);
}

describe('Jarosz filter in WebAssembly SIMD', () => {
  it('is available on Node 20', () => expect(PDQ_WASM_AVAILABLE).toBe(true));

  it.each([
    [512, 512],
    [512, 300],
    [301, 512],
    [256, 256],
    [63, 65],
    [5, 7],
    [130, 97],
  ])('agrees bit for bit with the scalar reference port on %i×%i', (rows, cols) => {
    const rand = seededRandom(rows * 1000 + cols);
    const luma = new Float32Array(rows * cols);
    for (let i = 0; i < luma.length; i++) luma[i] = Math.fround(rand() * 255);
    const got = jaroszDecimateWasm(luma, rows, cols)!;
    const want = reference(luma, rows, cols);
    expect(Buffer.from(got.buffer).equals(Buffer.from(want.buffer))).toBe(true);
  });
});

describe('DCT in WebAssembly SIMD', () => {
  it('agrees bit for bit with the scalar reference port', async () => {
    const { dct64To16 } = await import('../dct-64-to-16.ts');
    const { dct64To16Wasm } = await import('./pdq-wasm.ts');
    const rand = seededRandom(77);
    for (let t = 0; t < 20; t++) {
      const block = new Float32Array(4096);
      for (let i = 0; i < block.length; i++) block[i] = Math.fround(rand() * 255);
      expect(Buffer.from(dct64To16Wasm(block)!.buffer).equals(Buffer.from(dct64To16(block).buffer))).toBe(
        true,
      );
    }
  });
});
