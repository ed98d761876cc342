export type CsvValue = string | number | boolean | null;

function field(v: CsvValue): string {
  if (v === null) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180: CRLF after every record including the last, fields with commas, quotes or line
 * breaks enclosed in double quotes and inner quotes doubled. Values are written exactly as in the
 * evidence; nothing is prefixed to defuse spreadsheet formulas (see docs/package-format.md).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(field).join(','));
  return lines.map((l) => `${l}\r\n`).join('');
}
