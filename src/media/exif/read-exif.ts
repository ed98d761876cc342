import exifr from 'exifr';

/** The EXIF facts that matter to an investigation, as recorded (times are not shifted). */
export interface ExifFacts {
  lat?: number;
  lon?: number;
  /** DateTimeOriginal as written, `YYYY:MM:DD HH:MM:SS`. */
  dateTimeOriginal?: string;
  /** OffsetTimeOriginal as written, e.g. `+08:00`. */
  offsetTimeOriginal?: string;
  /** ISO 8601 of the two together when both are present and well formed. */
  takenAt?: string;
  make?: string;
  model?: string;
  bodySerialNumber?: string;
  lensSerialNumber?: string;
  software?: string;
  /** PDQ distance between the embedded thumbnail and the main image; large means edited after capture. */
  thumbnailDistance?: number;
}

type Raw = Record<string, unknown>;

function text(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const t = v.replace(/\0+$/g, '').trim();
    return t === '' ? undefined : t;
  }
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** Degrees from EXIF's [deg, min, sec] (or a plain number) and its N/S/E/W reference. */
export function gpsDegrees(value: unknown, ref: unknown): number | undefined {
  let deg: number | undefined;
  if (typeof value === 'number') deg = value;
  else if (Array.isArray(value) && value.every((x) => typeof x === 'number')) {
    const [d = 0, m = 0, s = 0] = value;
    deg = d + m / 60 + s / 3600;
  }
  if (deg === undefined || !Number.isFinite(deg)) return undefined;
  const r = typeof ref === 'string' ? ref.trim().toUpperCase() : '';
  return r === 'S' || r === 'W' ? -deg : deg;
}

function isoTaken(dt: string | undefined, offset: string | undefined): string | undefined {
  if (!dt || !offset) return undefined;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(dt);
  if (!m || !/^[+-]\d{2}:\d{2}$/.test(offset)) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${offset}`;
}

/** Picks the facts out of exifr's output (run with `reviveValues: false`). */
export function exifFactsFromRaw(raw: Raw): ExifFacts {
  const facts: ExifFacts = {};
  const lat = gpsDegrees(raw.GPSLatitude, raw.GPSLatitudeRef);
  const lon = gpsDegrees(raw.GPSLongitude, raw.GPSLongitudeRef);
  if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    facts.lat = lat;
    facts.lon = lon;
  }
  const fields: [keyof ExifFacts, string][] = [
    ['dateTimeOriginal', 'DateTimeOriginal'],
    ['offsetTimeOriginal', 'OffsetTimeOriginal'],
    ['make', 'Make'],
    ['model', 'Model'],
    ['bodySerialNumber', 'BodySerialNumber'],
    ['bodySerialNumber', 'SerialNumber'],
    ['lensSerialNumber', 'LensSerialNumber'],
    ['software', 'Software'],
  ];
  for (const [to, from] of fields) {
    const v = text(raw[from]);
    if (v !== undefined && (facts as Record<string, unknown>)[to] === undefined)
      (facts as Record<string, unknown>)[to] = v;
  }
  const taken = isoTaken(facts.dateTimeOriginal, facts.offsetTimeOriginal);
  if (taken) facts.takenAt = taken;
  return facts;
}

/** EXIF facts of an image's bytes; `undefined` when there is no EXIF or it cannot be read. */
export async function readExif(data: Uint8Array): Promise<ExifFacts | undefined> {
  try {
    const raw = (await exifr.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      reviveValues: false,
      translateValues: false,
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      mergeOutput: true,
    })) as Raw | undefined;
    if (!raw || typeof raw !== 'object') return undefined;
    return exifFactsFromRaw(raw);
  } catch {
    return undefined;
  }
}

/** The embedded EXIF thumbnail's bytes, if any. */
export async function readExifThumbnail(data: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    return (await exifr.thumbnail(Buffer.from(data.buffer, data.byteOffset, data.byteLength))) ?? undefined;
  } catch {
    return undefined;
  }
}
