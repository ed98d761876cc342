const f = Math.fround;

/** The reference's image-domain quality: quantised gradient sum over the 64×64 downsample, capped at 100. */
export function pdqQuality(b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      const d = Math.trunc(f(f(f(b[i * 64 + j]! - b[(i + 1) * 64 + j]!) * 100) / 255));
      sum += Math.abs(d);
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      const d = Math.trunc(f(f(f(b[i * 64 + j]! - b[i * 64 + j + 1]!) * 100) / 255));
      sum += Math.abs(d);
    }
  }
  return Math.min(100, Math.trunc(sum / 90));
}
