import { DCT_MATRIX } from '../dct-64-to-16.ts';
import { jaroszWindowSize } from '../jarosz-filter.ts';
import { PDQ_STRETCH_DIM } from '../luma-from-pixels.ts';
import { PDQ_WASM_BASE64 } from './pdq-wasm-binary.ts';

interface Kernels {
  box_add: (inp: number, sums: number, n: number) => void;
  box_add_write: (inp: number, sums: number, out: number, n: number, size: number) => void;
  box_addsub: (inp: number, sub: number, sums: number, n: number) => void;
  box_addsub_write: (inp: number, sub: number, sums: number, out: number, n: number, size: number) => void;
  box_sub: (sub: number, sums: number, n: number) => void;
  box_sub_write: (sub: number, sums: number, out: number, n: number, size: number) => void;
  /** Transposes a (4·rows4) × (4·cols4) block, 4×4 tiles at a time. */
  transpose(
    inp: number,
    out: number,
    rows4: number,
    cols4: number,
    inStride: number,
    outStride: number,
  ): void;
  luma_row_grey: (src: number, xs: number, n: number, out: number, outStrideBytes: number) => void;
  luma_row_rgb4: (src: number, xs: number, n4: number, out: number) => void;
  matmul_splat: (l: number, r: number, out: number, rows: number, inner: number, w4: number) => void;
}

/** Row strides are padded to a multiple of four floats plus four, so rows do not alias in the cache. */
const padded = (n: number) => ((n + 3) & ~3) + 4;
const MAX_STRIDE = padded(PDQ_STRETCH_DIM);
const PLANE = MAX_STRIDE * MAX_STRIDE * 4;
const M0 = 0;
const M1 = PLANE;
const M2 = 2 * PLANE;
const SUMS = 3 * PLANE;
const D = SUMS + MAX_STRIDE * 4;
const XS = D + 64 * MAX_STRIDE * 4;
const DMAT = XS + PDQ_STRETCH_DIM * 4;
const DMAT_T = DMAT + 16 * 64 * 4;
const BLOCK = DMAT_T + 64 * 16 * 4;
const TMP = BLOCK + 64 * 64 * 4;
const DCT_OUT = TMP + 16 * 64 * 4;
const SRC_ROW = DCT_OUT + 16 * 16 * 4;

/** The slice of the WebAssembly API used here (the project's TypeScript lib has no DOM types). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

interface Runtime {
  k: Kernels;
  memory: WasmMemory;
  f32: Float32Array;
  u8: Uint8Array;
  i32: Int32Array;
}

/** Loaded once per process; undefined where WebAssembly SIMD is unavailable (callers fall back to JS). */
const runtime: Runtime | undefined = (() => {
  if (!wasm) return undefined;
  try {
    const memory = new wasm.Memory({ initial: Math.ceil((SRC_ROW + 65536) / 65536) });
    const module = new wasm.Module(Buffer.from(PDQ_WASM_BASE64, 'base64'));
    const k = new wasm.Instance(module, { env: { __linear_memory: memory } }).exports as Kernels;
    const f32 = new Float32Array(memory.buffer);
    f32.set(DCT_MATRIX, DMAT >> 2);
    for (let i = 0; i < 16; i++)
      for (let k = 0; k < 64; k++) f32[(DMAT_T >> 2) + k * 16 + i] = DCT_MATRIX[i * 64 + k]!;
    return { k, memory, f32, u8: new Uint8Array(memory.buffer), i32: new Int32Array(memory.buffer) };
  } catch {
    return undefined;
  }
})();

export const PDQ_WASM_AVAILABLE = runtime !== undefined;

/** Makes room for a source row of `bytes`, refreshing the views if memory grew. */
function ensureRow(rt: Runtime, bytes: number): void {
  const need = SRC_ROW + bytes;
  if (need <= rt.memory.buffer.byteLength) return;
  rt.memory.grow(Math.ceil((need - rt.memory.buffer.byteLength) / 65536));
  rt.f32 = new Float32Array(rt.memory.buffer);
  rt.u8 = new Uint8Array(rt.memory.buffer);
  rt.i32 = new Int32Array(rt.memory.buffer);
}

/**
 * One box pass down the columns of a `height` × `stride` plane (four columns per SIMD lane group).
 * `outRow(oi)` gives the byte address to write output row `oi`, or -1 to only advance the sums.
 */
function vertical(
  rt: Runtime,
  inp: number,
  height: number,
  stride: number,
  window: number,
  outRow: (oi: number) => number,
): void {
  const k = rt.k;
  const n = stride >> 2;
  const rowBytes = stride * 4;
  rt.f32.fill(0, SUMS >> 2, (SUMS >> 2) + stride);
  const half = (window + 2) >> 1;
  const p1 = half - 1;
  const p2 = window - half + 1;
  const p3 = height - window;
  const p4 = half - 1;
  let ri = 0;
  let li = 0;
  let oi = 0;
  let size = 0;
  for (let i = 0; i < p1; i++, ri++, size++) k.box_add(inp + ri * rowBytes, SUMS, n);
  for (let i = 0; i < p2; i++, ri++, oi++) {
    size++;
    const o = outRow(oi);
    if (o >= 0) k.box_add_write(inp + ri * rowBytes, SUMS, o, n, size);
    else k.box_add(inp + ri * rowBytes, SUMS, n);
  }
  for (let i = 0; i < p3; i++, ri++, li++, oi++) {
    const o = outRow(oi);
    if (o >= 0) k.box_addsub_write(inp + ri * rowBytes, inp + li * rowBytes, SUMS, o, n, size);
    else k.box_addsub(inp + ri * rowBytes, inp + li * rowBytes, SUMS, n);
  }
  for (let i = 0; i < p4; i++, li++, oi++) {
    size--;
    const o = outRow(oi);
    if (o >= 0) k.box_sub_write(inp + li * rowBytes, SUMS, o, n, size);
    else k.box_sub(inp + li * rowBytes, SUMS, n);
  }
}

/**
 * From the transposed luma plane in M1 (cols × padded rows): the reference's two Jarosz rounds and
 * 64×64 decimation. Row passes run down the transposed copy so every pass vectorises across
 * independent sums; the last two passes are only computed where the decimation samples them.
 */
function filterTransposed(rt: Runtime, rows: number, cols: number): Float32Array {
  const { k } = rt;
  const wr = jaroszWindowSize(cols, 64);
  const wc = jaroszWindowSize(rows, 64);
  const rp = padded(rows);
  const cp = padded(cols);
  const r4 = (rows + 3) >> 2;
  const c4 = (cols + 3) >> 2;
  vertical(rt, M1, cols, rp, wr, (oi) => M2 + oi * rp * 4); // row pass 1
  k.transpose(M2, M0, c4, r4, rp, cp);
  vertical(rt, M0, rows, cp, wc, (oi) => M1 + oi * cp * 4); // column pass 1
  k.transpose(M1, M2, r4, c4, cp, rp);
  const sampledCols = Array.from({ length: 64 }, (_, j) => Math.trunc(((j + 0.5) * cols) / 64));
  const slotOf = new Map<number, number>();
  for (const c of sampledCols) if (!slotOf.has(c)) slotOf.set(c, slotOf.size);
  vertical(rt, M2, cols, rp, wr, (oi) => {
    const slot = slotOf.get(oi);
    return slot === undefined ? -1 : D + slot * rp * 4;
  }); // row pass 2, kept only for the sampled columns
  // column pass 2 down the sampled columns: transpose them (rows × slots) and run one more vertical
  // pass, kept only for the 64 rows the decimation samples
  const sampledRows = Array.from({ length: 64 }, (_, i) => Math.trunc(((i + 0.5) * rows) / 64));
  const rowSlot = new Map<number, number>();
  for (const r of sampledRows) if (!rowSlot.has(r)) rowSlot.set(r, rowSlot.size);
  const sp = padded(slotOf.size);
  k.transpose(D, M0, (slotOf.size + 3) >> 2, r4, rp, sp);
  vertical(rt, M0, rows, sp, wc, (oi) => {
    const slot = rowSlot.get(oi);
    return slot === undefined ? -1 : M1 + slot * sp * 4;
  });
  const f = rt.f32;
  const block = f.subarray(BLOCK >> 2, (BLOCK >> 2) + 64 * 64);
  const base = M1 >> 2;
  for (let i = 0; i < 64; i++) {
    const row = base + rowSlot.get(sampledRows[i]!)! * sp;
    for (let j = 0; j < 64; j++) block[i * 64 + j] = f[row + slotOf.get(sampledCols[j]!)!]!;
  }
  return block.slice();
}

/**
 * The reference's 16×16 DCT of a 64×64 block (B = D·A·Dᵀ), four output columns per SIMD operation,
 * each lane summing in the reference's order. Undefined without WebAssembly.
 */
export function dct64To16Wasm(block: Float32Array): Float32Array | undefined {
  const rt = runtime;
  if (!rt) return undefined;
  rt.f32.set(block, BLOCK >> 2);
  rt.k.matmul_splat(DMAT, BLOCK, TMP, 16, 64, 16);
  rt.k.matmul_splat(TMP, DMAT_T, DCT_OUT, 16, 64, 4);
  return rt.f32.slice(DCT_OUT >> 2, (DCT_OUT >> 2) + 256);
}

/** Jarosz filter and decimation of a row-major float luma plane (at most 512×512), or undefined without WebAssembly. */
export function jaroszDecimateWasm(luma: Float32Array, rows: number, cols: number): Float32Array | undefined {
  const rt = runtime;
  if (!rt || rows > PDQ_STRETCH_DIM || cols > PDQ_STRETCH_DIM) return undefined;
  const cp = padded(cols);
  for (let r = 0; r < rows; r++) rt.f32.set(luma.subarray(r * cols, (r + 1) * cols), (M0 >> 2) + r * cp);
  rt.k.transpose(M0, M1, (rows + 3) >> 2, (cols + 3) >> 2, cp, padded(rows));
  return filterTransposed(rt, rows, cols);
}

/**
 * The 64×64 block PDQ hashes, straight from 8-bit pixels: the reference's 512×512 nearest-neighbour
 * stretch of large images, float32 luma, Jarosz filter and decimation, all bit for bit.
 * Undefined without WebAssembly (callers use the JavaScript path).
 */
export function pdqBlockFromPixelsWasm(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: number,
): { block: Float32Array; rows: number; cols: number } | undefined {
  const rt = runtime;
  if (!rt) return undefined;
  const stretch = width > PDQ_STRETCH_DIM || height > PDQ_STRETCH_DIM;
  const cols = stretch ? PDQ_STRETCH_DIM : width;
  const rows = stretch ? PDQ_STRETCH_DIM : height;
  const rowBytes = width * channels;
  ensureRow(rt, rowBytes);
  const xs = XS >> 2;
  for (let x = 0; x < cols; x++) rt.i32[xs + x] = (stretch ? Math.floor((x * width) / cols) : x) * channels;
  for (let x = cols; x < ((cols + 3) & ~3); x++) rt.i32[xs + x] = 0; // padding lanes read pixel 0
  const rp4 = padded(rows) * 4;
  const cp4 = padded(cols) * 4;
  const n4 = (cols + 3) >> 2;
  for (let y = 0; y < rows; y++) {
    const sy = stretch ? Math.floor((y * height) / rows) : y;
    rt.u8.set(pixels.subarray(sy * rowBytes, (sy + 1) * rowBytes), SRC_ROW);
    if (channels >= 3) rt.k.luma_row_rgb4(SRC_ROW, XS, n4, M0 + y * cp4);
    else rt.k.luma_row_grey(SRC_ROW, XS, cols, M0 + y * cp4, 4);
  }
  rt.k.transpose(M0, M1, (rows + 3) >> 2, (cols + 3) >> 2, cp4 >> 2, rp4 >> 2);
  return { block: filterTransposed(rt, rows, cols), rows, cols };
}
