/** Dimensions and channel count as an image's header states them, before anything is decoded. */
export interface HeaderDimensions {
  width: number;
  height: number;
  /** 1–2 for grey (with or without alpha), 3–4 for colour. */
  channels: number;
}

function jpeg(b: Uint8Array): HeaderDimensions | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const len = (b[i + 2]! << 8) | b[i + 3]!;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      const height = (b[i + 5]! << 8) | b[i + 6]!;
      const width = (b[i + 7]! << 8) | b[i + 8]!;
      const comps = b[i + 9]!;
      return { width, height, channels: comps === 1 ? 1 : 3 };
    }
    if (marker === 0xd9 || marker === 0xda) return undefined;
    i += 2 + len;
  }
  return undefined;
}

function png(b: Uint8Array): HeaderDimensions | undefined {
  if (b.length < 26) return undefined;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const colourType = b[25]!;
  return {
    width: v.getUint32(16),
    height: v.getUint32(20),
    channels: colourType === 0 || colourType === 4 ? 1 : 3,
  };
}

function gif(b: Uint8Array): HeaderDimensions | undefined {
  if (b.length < 10) return undefined;
  return { width: b[6]! | (b[7]! << 8), height: b[8]! | (b[9]! << 8), channels: 3 };
}

/**
 * Width, height and grey/colour from the first bytes of a JPEG, PNG or GIF (undefined for other
 * formats or when the header is cut short; callers then ask the decoder).
 */
export function headerDimensions(b: Uint8Array, mime: string): HeaderDimensions | undefined {
  if (mime === 'image/jpeg') return jpeg(b);
  if (mime === 'image/png') return png(b);
  if (mime === 'image/gif') return gif(b);
  return undefined;
}
