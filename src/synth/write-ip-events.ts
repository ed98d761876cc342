/**
 * ip_events.csv: provider IP logs per account over its active window, at the person's local
 * hours. Ports are logged for some platforms only (PORT_RATE), so users behind the same
 * carrier-grade NAT address can be told apart only sometimes. Yahoo logs in US Pacific time.
 */
import { join } from 'node:path';
import type { BadRowMaker, BadRowPlanter, BadRowReason } from './bad-rows.ts';
import { CsvFile } from './csv.ts';
import type { Platform } from './handles.ts';
import { chooseIp } from './ip-choice.ts';
import { Rng } from './prng.ts';
import { drawInstant } from './rhythm.ts';
import { formatTime, type TimeFormat } from './timestamps.ts';
import { offsetMinutes, zone } from './time-zones.ts';
import type { Account, World } from './world-types.ts';

export const IP_EVENT_COLUMNS = ['platform', 'handle', 'ip', 'port', 'seen_at', 'event'];
export const PORT_RATE: Readonly<Record<Platform, number>> = {
  skype: 0.2,
  messenger: 0.6,
  yahoo: 0,
  whatsapp: 0.6,
  viber: 0.5,
};
const IP_TIME: Readonly<Record<Platform, TimeFormat>> = {
  skype: 'iso-z',
  messenger: 'epoch-s',
  yahoo: 'iso-offset',
  whatsapp: 'iso-z',
  viber: 'epoch-ms',
};
const PACIFIC = zone('America/Los_Angeles', -8, 'us');

export async function writeIpEvents(dir: string, world: World, planter: BadRowPlanter): Promise<number> {
  const file = new CsvFile(join(dir, 'ip_events.csv'), IP_EVENT_COLUMNS);
  const volume = new Map<Account, number>();
  for (const c of world.conversations) {
    volume.set(c.customer, (volume.get(c.customer) ?? 0) + c.size);
    volume.set(c.seller, (volume.get(c.seller) ?? 0) + c.size);
  }
  const count = (a: Account): number => {
    const v = volume.get(a) ?? 0;
    return a.person.role === 'seller'
      ? Math.min(3000, 30 + Math.floor(v / 400))
      : Math.max(2, Math.min(400, Math.round(2 + Math.sqrt(v) * 1.2)));
  };
  planter.schedule(
    file,
    world.accounts.reduce((s, a) => s + count(a), 0),
    badIpRows(world),
  );
  for (const a of world.accounts) {
    const rng = new Rng(`ip/${a.platform}/${a.handle}`, world.seed);
    const n = count(a);
    const times: number[] = [];
    for (let i = 0; i < n; i++) times.push(drawInstant(a.person.rhythm, a.person.zone, rng, a.from, a.to));
    times.sort((x, y) => x - y);
    // one account logs at most one event a second (a provider's log has no exact duplicates)
    let previous = -1;
    for (let i = 0; i < times.length; i++) {
      const s = Math.max(Math.floor((times[i] ?? 0) / 1000), previous + 1);
      times[i] = s * 1000;
      previous = s;
    }
    const portRate = PORT_RATE[a.platform];
    for (const t of times) {
      const { ip } = chooseIp(world.ctx, rng, a.person, t);
      const port = rng.chance(portRate) ? String(rng.int(1024, 65535)) : '';
      const fmt = IP_TIME[a.platform];
      const seen = formatTime(t, fmt, fmt === 'iso-offset' ? offsetMinutes(PACIFIC, t) : 0);
      const r = rng.next();
      file.push([a.platform, a.handle, ip, port, seen, r < 0.6 ? 'login' : r < 0.9 ? 'message' : 'upload']);
      planter.tick(file, 'ip_events.csv');
    }
    if (file.pending) await file.flush();
  }
  planter.finish(file, 'ip_events.csv', null);
  await file.close();
  return file.rows;
}

function badIpRows(world: World): readonly (readonly [BadRowReason, BadRowMaker])[] {
  const a = world.accounts[0] as Account;
  return [
    ['bad_ip', () => [a.platform, a.handle, '300.12.5.1', '', '2017-08-09T10:11:12Z', 'login']],
    ['bad_ip', () => [a.platform, a.handle, '10.0.0', '', '2017-08-09T10:11:12Z', 'login']],
    ['unparseable_timestamp', () => [a.platform, a.handle, '8.8.4.4', '', '2017-13-45T99:00:00Z', 'login']],
    ['missing_required_field', () => [a.platform, a.handle, '', '', '2017-08-09T10:11:12Z', 'login']],
    ['naive_timestamp', () => [a.platform, a.handle, '8.8.4.4', '', '2017-08-09T10:11:12', 'login']],
  ];
}
