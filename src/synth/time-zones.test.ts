import { expect, test } from 'vitest';
import { offsetMinutes, zone } from './time-zones.ts';
const zs = [
  zone('Europe/Berlin', 1, 'eu'),
  zone('America/New_York', -5, 'us'),
  zone('Australia/Sydney', 10, 'au'),
  zone('Pacific/Auckland', 12, 'nz'),
  zone('America/Los_Angeles', -8, 'us'),
  zone('Europe/London', 0, 'eu'),
];
test('DST offsets match Intl over 2012–2024', () => {
  for (const z of zs) {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: z.name, timeZoneName: 'longOffset' });
    for (let t = Date.UTC(2012, 0, 1); t < Date.UTC(2024, 11, 31); t += 3_600_000 * 7 + 60_000) {
      const part = f.formatToParts(new Date(t)).find((p) => p.type === 'timeZoneName')!.value;
      const m = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(part)!;
      const off = m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
      if (off !== offsetMinutes(z, t))
        throw new Error(`${z.name} ${new Date(t).toISOString()} ${off} ${offsetMinutes(z, t)}`);
    }
  }
  expect(1).toBe(1);
});
