/**
 * Which address an account shows at a moment: home broadband, the mobile carrier's carrier-grade
 * NAT pool (shared by everyone on that carrier in the country), a VPN exit, a Philippine internet
 * café (shared by the city's sellers and their contacts), or wherever the person travels.
 */
import { homeIps, type BuildContext } from './context.ts';
import type { Rng } from './prng.ts';
import { tripAt } from './travel.ts';
import type { Person } from './world-types.ts';

export const CGNAT_POOL_SIZE = 40;
export const CAFE_POOL_SIZE = 6;
export const OTHER_VPN_RATE = 0.03;
export type IpKind = 'home' | 'cgnat' | 'vpn' | 'cafe' | 'travel';

const pools = new Map<string, readonly string[]>();

function pool(ctx: BuildContext, key: string, country: string, size: number): readonly string[] {
  const k = `${ctx.seed}/${key}`;
  let p = pools.get(k);
  if (p === undefined) {
    const rng = ctx.root.fork('pool', key);
    const blocks = [ctx.ip.block(rng, country), ctx.ip.block(rng, country)];
    const list: string[] = [];
    for (let i = 0; i < size; i++) list.push(ctx.ip.address(rng, blocks[i % 2] as string, country));
    p = list;
    pools.set(k, p);
  }
  return p;
}

export function chooseIp(ctx: BuildContext, rng: Rng, p: Person, t: number): { ip: string; kind: IpKind } {
  const trip = tripAt(p, t);
  if (trip !== null) {
    return rng.chance(0.7)
      ? { ip: ctx.ip.home(rng, trip.country), kind: 'travel' }
      : { ip: rng.pick(pool(ctx, `cgnat/${trip.country}`, trip.country, CGNAT_POOL_SIZE)), kind: 'cgnat' };
  }
  const vpnRate = p.buyer?.vpnRate ?? OTHER_VPN_RATE;
  if (rng.chance(vpnRate)) return { ip: ctx.ip.vpn(rng), kind: 'vpn' };
  const r = rng.next();
  if (p.country === 'PH') {
    if (r < 0.45) return { ip: rng.pick(homeIps(ctx, p)), kind: 'home' };
    if (r < 0.8) return { ip: rng.pick(pool(ctx, 'cgnat/PH', 'PH', CGNAT_POOL_SIZE * 2)), kind: 'cgnat' };
    return { ip: rng.pick(pool(ctx, `cafe/${p.city}`, 'PH', CAFE_POOL_SIZE)), kind: 'cafe' };
  }
  if (r < 0.65) return { ip: rng.pick(homeIps(ctx, p)), kind: 'home' };
  return { ip: rng.pick(pool(ctx, `cgnat/${p.country}`, p.country, CGNAT_POOL_SIZE)), kind: 'cgnat' };
}
