export interface ExifTags {
  make?: string;
  model?: string;
  software?: string;
}

/** A little-endian TIFF block: IFD0 with a few text tags, IFD1 pointing at an embedded JPEG thumbnail. */
function exifBlock(tags: ExifTags, thumbnail: Uint8Array): Buffer {
  const texts: [number, string][] = [];
  if (tags.make) texts.push([0x010f, tags.make]);
  if (tags.model) texts.push([0x0110, tags.model]);
  if (tags.software) texts.push([0x0131, tags.software]);
  const ifd0Size = 2 + texts.length * 12 + 4;
  const ifd1Size = 2 + 2 * 12 + 4;
  const ifd0 = 8;
  const ifd1 = ifd0 + ifd0Size;
  let dataAt = ifd1 + ifd1Size;
  const strings = texts.map(([, s]) => Buffer.from(s + '\0', 'latin1'));
  const total = dataAt + strings.reduce((n, s) => n + s.length, 0) + thumbnail.length;
  const b = Buffer.alloc(total);
  b.write('II', 0, 'latin1');
  b.writeUInt16LE(42, 2);
  b.writeUInt32LE(ifd0, 4);
  b.writeUInt16LE(texts.length, ifd0);
  texts.forEach(([tag], i) => {
    const e = ifd0 + 2 + i * 12;
    const s = strings[i]!;
    b.writeUInt16LE(tag, e);
    b.writeUInt16LE(2, e + 2);
    b.writeUInt32LE(s.length, e + 4);
    if (s.length <= 4) s.copy(b, e + 8);
    else {
      b.writeUInt32LE(dataAt, e + 8);
      s.copy(b, dataAt);
      dataAt += s.length;
    }
  });
  b.writeUInt32LE(ifd1, ifd0 + 2 + texts.length * 12);
  b.writeUInt16LE(2, ifd1);
  b.writeUInt16LE(0x0201, ifd1 + 2);
  b.writeUInt16LE(4, ifd1 + 4);
  b.writeUInt32LE(1, ifd1 + 6);
  b.writeUInt32LE(dataAt, ifd1 + 10);
  b.writeUInt16LE(0x0202, ifd1 + 14);
  b.writeUInt16LE(4, ifd1 + 16);
  b.writeUInt32LE(1, ifd1 + 18);
  b.writeUInt32LE(thumbnail.length, ifd1 + 22);
  b.writeUInt32LE(0, ifd1 + 26);
  b.set(thumbnail, dataAt);
  return b.subarray(0, dataAt + thumbnail.length);
}

/**
 * A JPEG with an EXIF APP1 segment carrying `thumbnail` as its embedded preview, as cameras write it.
 * Pairing a picture with another picture's thumbnail simulates an edit made after capture.
 */
export function withExifThumbnail(jpeg: Uint8Array, thumbnail: Uint8Array, tags: ExifTags = {}): Buffer {
  const tiff = exifBlock(tags, thumbnail);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([Buffer.from(jpeg.subarray(0, 2)), header, payload, Buffer.from(jpeg.subarray(2))]);
}
