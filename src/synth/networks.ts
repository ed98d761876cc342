/**
 * Seller networks: a family (or a facilitator with neighbours) in one Philippine city, one to
 * three facilitators who run the seller accounts, relatives and mules who collect transfers.
 * Receivers rotate over the network's life. Some networks are unknown to the investigation
 * (none of their accounts carries role_hint=seller); in known networks a few accounts are
 * unmarked too (UNMARKED_SELLER_ACCOUNT_RATE).
 */
import { makeAccount } from './accounts.ts';
import type { BuildContext } from './context.ts';
import type { Platform } from './handles.ts';
import { NAMES, zipfPick } from './names.ts';
import { makePerson } from './people.ts';
import { PH_CITIES, streetAddress } from './places.ts';
import { WORLD_END, WORLD_START, YAHOO_END } from './scale.ts';
import type { Network, Person } from './world-types.ts';

export const UNMARKED_SELLER_ACCOUNT_RATE = 0.1;
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

export function buildNetworks(ctx: BuildContext, nextId: () => string): Network[] {
  const { networks: count, unknownNetworks } = ctx.params;
  const unknown = new Set(
    ctx.root.fork('unknown-networks').sample([...Array(count).keys()], unknownNetworks),
  );
  const out: Network[] = [];
  for (let i = 0; i < count; i++) {
    const rng = ctx.root.fork('network', i);
    const id = `N${String(i + 1).padStart(3, '0')}`;
    const city = rng.pick(PH_CITIES.slice(0, 4 + ((i * 3) % PH_CITIES.length)));
    const active = rng.chance(0.45);
    const span = Math.min(WORLD_END - WORLD_START - YEAR, rng.logNormal(4, 0.5) * YEAR);
    const to = active
      ? WORLD_END
      : WORLD_START + span + rng.next() * (WORLD_END - WORLD_START - span - 60 * DAY);
    const from = Math.max(WORLD_START, to - span);
    const surname = zipfPick(rng, NAMES.filipino.surnames, 0.7);
    const address = `${streetAddress(rng, 'filipino')}, ${city.name}`;
    const person = (kind: 'facilitator' | 'relative' | 'mule', sex: 'm' | 'f', family: boolean): Person => {
      const p = makePerson(rng.fork('member', kind, out.length, rng.u32()), {
        id: nextId(),
        kind,
        country: 'PH',
        sex,
        filipino: true,
        city: city.name,
        lang: city.lang,
        birthYears: [1958, 1998],
        ...(family ? { surname, address } : {}),
      });
      p.networkId = id;
      if (family) p.householdId = `${id}-home`;
      return p;
    };
    const members: Person[] = [];
    const nFac = rng.weighted<number>([
      [1, 6],
      [2, 3],
      [3, 1],
    ]);
    for (let f = 0; f < nFac; f++)
      members.push(person('facilitator', rng.chance(0.75) ? 'f' : 'm', f === 0 || rng.chance(0.6)));
    const nRel = rng.int(1, 4);
    for (let r = 0; r < nRel; r++)
      members.push(person('relative', rng.chance(0.6) ? 'f' : 'm', rng.chance(0.85)));
    const nMule = rng.int(0, 3);
    for (let m = 0; m < nMule; m++) members.push(person('mule', rng.chance(0.5) ? 'f' : 'm', false));
    const network: Network = {
      id,
      city,
      known: !unknown.has(i),
      active,
      from,
      to,
      surname,
      address,
      members,
      accounts: [],
      receivers: [],
    };
    // receivers rotate: each collects over a sub-window of the network's life
    const collectors = members.filter((m) => m.kind !== 'facilitator' || rng.chance(0.3));
    for (const c of collectors) {
      const a = from + rng.next() * (to - from) * 0.6;
      const b = Math.min(to, a + (0.3 + rng.next() * 0.9) * (to - from));
      network.receivers.push({ person: c, from: a, to: b });
    }
    // make sure the whole life is covered by someone
    const first = network.receivers[0];
    if (first !== undefined) {
      first.from = from;
      first.to = to;
    }
    for (const fac of members.filter((m) => m.kind === 'facilitator')) {
      const nAcc = rng.weighted<number>([
        [1, 6],
        [2, 3],
        [3, 1],
      ]);
      for (let k = 0; k < nAcc; k++) {
        const a = k === 0 ? from : from + rng.next() * (to - from) * 0.5;
        const b = k === 0 ? to : Math.min(to, a + rng.logNormal(2.5, 0.6) * YEAR);
        const platform = pickSellerPlatform(rng.next(), a);
        const end = platform === 'yahoo' ? Math.min(b, YAHOO_END) : b;
        const acc = makeAccount(ctx, rng.fork('account', fac.id, k), fac, platform, a, end, true);
        acc.roleHint = network.known && !rng.chance(UNMARKED_SELLER_ACCOUNT_RATE) ? 'seller' : '';
        network.accounts.push(acc);
      }
    }
    out.push(network);
  }
  return out;
}

function pickSellerPlatform(x: number, from: number): Platform {
  const yahooOk = from < YAHOO_END - YEAR;
  const table: [Platform, number][] = [
    ['skype', 40],
    ['yahoo', yahooOk ? 15 : 0],
    ['messenger', 20],
    ['whatsapp', 12],
    ['viber', 13],
  ];
  let total = 0;
  for (const [, w] of table) total += w;
  let y = x * total;
  for (const [p, w] of table) {
    y -= w;
    if (y < 0) return p;
  }
  return 'skype';
}
