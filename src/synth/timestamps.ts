/** Timestamp spellings the bundle uses: ISO 8601 in UTC or with an offset, epoch seconds or ms. */

export type TimeFormat = 'iso-z' | 'iso-z-ms' | 'iso-offset' | 'epoch-s' | 'epoch-ms';

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function formatTime(utcMs: number, format: TimeFormat, offsetMinutes = 0): string {
  const t = Math.floor(utcMs / 1000) * 1000;
  switch (format) {
    case 'iso-z':
      return `${new Date(t).toISOString().slice(0, 19)}Z`;
    case 'iso-z-ms':
      return new Date(Math.floor(utcMs)).toISOString();
    case 'iso-offset':
      return new Date(t + offsetMinutes * 60_000).toISOString().slice(0, 19) + offsetText(offsetMinutes);
    case 'epoch-s':
      return String(t / 1000);
    case 'epoch-ms':
      return String(Math.floor(utcMs));
  }
}
