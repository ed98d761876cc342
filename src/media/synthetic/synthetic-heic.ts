import { runProcess } from '../video/run-process.ts';

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

function fullBox(type: string, version: number, flags: number, ...parts: Buffer[]): Buffer {
  const vf = Buffer.alloc(4);
  vf.writeUInt32BE(((version & 0xff) << 24) | (flags & 0xffffff), 0);
  return box(type, vf, ...parts);
}

const u8 = (v: number) => Buffer.from([v & 0xff]);
function u16(v: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(v, 0);
  return b;
}
function u32(v: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(v >>> 0, 0);
  return b;
}

/** NAL units of an Annex B stream (start-code separated). */
function nalUnits(stream: Buffer): Buffer[] {
  const starts: number[] = [];
  for (let i = 0; i + 3 <= stream.length; i++) {
    if (stream[i] === 0 && stream[i + 1] === 0 && stream[i + 2] === 1) {
      starts.push(i + 3);
      i += 2;
    }
  }
  return starts.map((s, k) => {
    let end = k + 1 < starts.length ? starts[k + 1]! - 3 : stream.length;
    while (end > s && stream[end - 1] === 0) end--; // four-byte start codes leave a zero behind
    return stream.subarray(s, end);
  });
}

const nalType = (n: Buffer) => (n[0]! >> 1) & 0x3f;

/** HEVCDecoderConfigurationRecord from the parameter sets (profile, tier and level copied from the SPS). */
function hvcC(vps: Buffer, sps: Buffer, pps: Buffer): Buffer {
  const ptl = sps.subarray(3, 15); // profile_space/tier/idc, 32 compatibility flags, 48 constraint flags, level
  const arrays = [
    [32, vps],
    [33, sps],
    [34, pps],
  ] as const;
  return box(
    'hvcC',
    u8(1),
    ptl,
    u16(0xf000),
    u8(0xfc),
    u8(0xfd), // 4:2:0
    u8(0xf8), // 8-bit luma
    u8(0xf8), // 8-bit chroma
    u16(0),
    u8(0x0f), // one temporal layer, nested, four-byte NAL lengths
    u8(arrays.length),
    ...arrays.map(([type, nal]) => Buffer.concat([u8(0x80 | type), u16(1), u16(nal.length), nal])),
  );
}

/** A minimal HEIF file (one HEVC-coded still image) around an Annex B HEVC stream of one picture. */
export function heifFromHevc(stream: Buffer, width: number, height: number): Buffer {
  const nals = nalUnits(stream);
  const vps = nals.find((n) => nalType(n) === 32);
  const sps = nals.find((n) => nalType(n) === 33);
  const pps = nals.find((n) => nalType(n) === 34);
  if (!vps || !sps || !pps) throw new Error('HEVC stream without parameter sets');
  const slices = nals.filter((n) => nalType(n) < 32);
  const data = Buffer.concat(slices.map((n) => Buffer.concat([u32(n.length), n])));
  const ftyp = box('ftyp', Buffer.from('heic', 'latin1'), u32(0), Buffer.from('mif1heic', 'latin1'));
  const meta = (offset: number) =>
    fullBox(
      'meta',
      0,
      0,
      fullBox('hdlr', 0, 0, u32(0), Buffer.from('pict', 'latin1'), u32(0), u32(0), u32(0), u8(0)),
      fullBox('pitm', 0, 0, u16(1)),
      fullBox(
        'iloc',
        0,
        0,
        u8(0x44),
        u8(0x00),
        u16(1),
        u16(1),
        u16(0),
        u16(1),
        u32(offset),
        u32(data.length),
      ),
      fullBox(
        'iinf',
        0,
        0,
        u16(1),
        fullBox('infe', 2, 0, u16(1), u16(0), Buffer.from('hvc1', 'latin1'), u8(0)),
      ),
      box(
        'iprp',
        box('ipco', hvcC(vps, sps, pps), fullBox('ispe', 0, 0, u32(width), u32(height))),
        fullBox('ipma', 0, 0, u32(1), u16(1), u8(2), u8(0x81), u8(0x02)),
      ),
    );
  const metaSize = meta(0).length;
  const offset = ftyp.length + metaSize + 8;
  return Buffer.concat([ftyp, meta(offset), box('mdat', data)]);
}

/**
 * Encodes a picture file (width × height) as HEIC — HEVC via ffmpeg's libx265, odd sides cropped to
 * even — for tests of the HEIC decoder; returns the bytes or an error message.
 */
export async function syntheticHeic(
  inputImage: string,
  width: number,
  height: number,
  ffmpeg = '/usr/bin/ffmpeg',
): Promise<Buffer | string> {
  const chunks: Buffer[] = [];
  // 4:2:0 needs even sides: drop a last odd row or column.
  const w = width & ~1;
  const h = height & ~1;
  const args = ['-nostdin', '-v', 'error', '-i', inputImage, '-frames:v', '1', '-vf', `crop=${w}:${h}:0:0`];
  args.push('-c:v', 'libx265', '-pix_fmt', 'yuv420p', '-x265-params', 'log-level=error');
  args.push('-f', 'hevc', 'pipe:1');
  const r = await runProcess(ffmpeg, args, { timeoutMs: 60_000 }, (c) => chunks.push(c));
  if (r.code !== 0) return r.spawnError ?? (r.stderr.trim() || `ffmpeg exited with ${r.code}`);
  try {
    return heifFromHevc(Buffer.concat(chunks), w, h);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
