/** The eight orientations PDQ can hash from one DCT, named as in the reference. */
export const DIHEDRAL_NAMES = [
  'original',
  'rotate90',
  'rotate180',
  'rotate270',
  'flipX',
  'flipY',
  'flipPlus1',
  'flipMinus1',
] as const;
export type DihedralName = (typeof DIHEDRAL_NAMES)[number];
/** The seven orientations other than the original, in the order `MediaResult.pdqTransforms` keeps them. */
export const TRANSFORM_NAMES = DIHEDRAL_NAMES.slice(1) as Exclude<DihedralName, 'original'>[];

type Sign = (i: number, j: number) => number;
interface Transform {
  transpose: boolean;
  sign: Sign;
}

const TRANSFORMS: Record<DihedralName, Transform> = {
  original: { transpose: false, sign: () => 1 },
  rotate90: { transpose: true, sign: (_i, j) => (j & 1 ? 1 : -1) },
  rotate180: { transpose: false, sign: (i, j) => ((i + j) & 1 ? -1 : 1) },
  rotate270: { transpose: true, sign: (i) => (i & 1 ? 1 : -1) },
  flipX: { transpose: false, sign: (i) => (i & 1 ? 1 : -1) },
  flipY: { transpose: false, sign: (_i, j) => (j & 1 ? 1 : -1) },
  flipPlus1: { transpose: true, sign: () => 1 },
  flipMinus1: { transpose: true, sign: (i, j) => ((i + j) & 1 ? -1 : 1) },
};

/** The 16×16 DCT of the image as it would be after the given rotation or flip (sign flips and a transpose). */
export function dihedralDct(a: Float32Array, name: DihedralName): Float32Array {
  const { transpose, sign } = TRANSFORMS[name];
  const b = new Float32Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const v = sign(i, j) * a[i * 16 + j]!;
      if (transpose) b[j * 16 + i] = v;
      else b[i * 16 + j] = v;
    }
  }
  return b;
}
