/**
 * Candidate time zones with the countries in them (buyers' likely countries first). Each zone's
 * January and July UTC offsets are read from the runtime's time-zone database, so daylight-saving
 * rules (northern, southern, none) come from IANA data, not from this table.
 */
export const ZONE_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  'Europe/London': ['GB', 'IE', 'PT'],
  'Europe/Berlin': ['DE', 'AT', 'CH', 'NL', 'BE', 'FR', 'ES', 'IT', 'SE', 'NO', 'DK', 'PL', 'CZ', 'HU', 'LU'],
  'Europe/Helsinki': ['FI', 'EE', 'LV', 'LT', 'GR', 'RO', 'BG', 'UA'],
  'Europe/Istanbul': ['TR'],
  'Europe/Moscow': ['RU', 'BY'],
  'Atlantic/Reykjavik': ['IS'],
  'America/St_Johns': ['CA'],
  'America/Halifax': ['CA'],
  'America/New_York': ['US', 'CA'],
  'America/Chicago': ['US', 'CA'],
  'America/Denver': ['US', 'CA'],
  'America/Phoenix': ['US'],
  'America/Los_Angeles': ['US', 'CA'],
  'America/Anchorage': ['US'],
  'Pacific/Honolulu': ['US'],
  'America/Mexico_City': ['MX'],
  'America/Bogota': ['CO', 'PE'],
  'America/Sao_Paulo': ['BR'],
  'America/Argentina/Buenos_Aires': ['AR'],
  'Africa/Lagos': ['NG'],
  'Africa/Johannesburg': ['ZA'],
  'Asia/Jerusalem': ['IL'],
  'Asia/Dubai': ['AE'],
  'Asia/Karachi': ['PK'],
  'Asia/Kolkata': ['IN'],
  'Asia/Dhaka': ['BD'],
  'Asia/Bangkok': ['TH', 'VN', 'KH'],
  'Asia/Jakarta': ['ID'],
  'Asia/Manila': ['PH'],
  'Asia/Singapore': ['SG', 'MY'],
  'Asia/Hong_Kong': ['HK'],
  'Asia/Shanghai': ['CN'],
  'Asia/Tokyo': ['JP'],
  'Asia/Seoul': ['KR'],
  'Australia/Perth': ['AU'],
  'Australia/Adelaide': ['AU'],
  'Australia/Brisbane': ['AU'],
  'Australia/Sydney': ['AU'],
  'Pacific/Auckland': ['NZ'],
};

/** UTC offset in hours of `zone` at `at`, from Intl (e.g. 5.5 for Asia/Kolkata). */
export function zoneOffsetHours(zone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(at))
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3] ?? 0) / 60);
}

export interface ZoneOffsets {
  readonly zone: string;
  readonly january: number;
  readonly july: number;
  readonly countries: readonly string[];
}

let cache: ZoneOffsets[] | undefined;

/** Every candidate zone with its January and July offsets (computed once). */
export function zoneOffsets(): readonly ZoneOffsets[] {
  cache ??= Object.entries(ZONE_COUNTRIES).map(([zone, countries]) => ({
    zone,
    january: zoneOffsetHours(zone, Date.UTC(2019, 0, 15, 12)),
    july: zoneOffsetHours(zone, Date.UTC(2019, 6, 15, 12)),
    countries,
  }));
  return cache;
}
