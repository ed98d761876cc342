const f = Math.fround;
/** float32(coefficient × value) for every byte value, so each pixel costs two float32 additions. */
function table(coefficient: number): Float32Array {
  const c = f(coefficient);
  const t = new Float32Array(256);
  for (let v = 0; v < 256; v++) t[v] = c * v;
  return t;
}
const R = table(0.299);
const G = table(0.587);
const B = table(0.114);

/** Side the reference stretches any image to (nearest neighbour, aspect not kept) when either side exceeds it. */
export const PDQ_STRETCH_DIM = 512;

export interface LumaPlane {
  luma: Float32Array;
  rows: number;
  cols: number;
}

/**
 * Interleaved 8-bit pixels (1..4 channels) to the float luma plane the reference hashes,
 * including its nearest-neighbour stretch to 512×512 for images larger than that on either side.
 * One or two channels are grey (alpha ignored); three or four are RGB(A).
 */
export function lumaFromPixels(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: number,
): LumaPlane {
  const stretch = width > PDQ_STRETCH_DIM || height > PDQ_STRETCH_DIM;
  const cols = stretch ? PDQ_STRETCH_DIM : width;
  const rows = stretch ? PDQ_STRETCH_DIM : height;
  const xs = new Int32Array(cols);
  for (let x = 0; x < cols; x++) xs[x] = stretch ? Math.floor((x * width) / cols) * channels : x * channels;
  const luma = new Float32Array(rows * cols);
  const rowBytes = width * channels;
  for (let y = 0; y < rows; y++) {
    const sy = stretch ? Math.floor((y * height) / rows) : y;
    const base = sy * rowBytes;
    const out = y * cols;
    if (channels >= 3) {
      for (let x = 0; x < cols; x++) {
        const p = base + xs[x]!;
        luma[out + x] = f(R[pixels[p]!]! + G[pixels[p + 1]!]!) + B[pixels[p + 2]!]!;
      }
    } else {
      for (let x = 0; x < cols; x++) luma[out + x] = pixels[base + xs[x]!]!;
    }
  }
  return { luma, rows, cols };
}
