/** What every builder shares while a world is made: the seed's root stream and the registries. */
import { HandleRegistry } from './handles.ts';
import type { IpSpace } from './ip-space.ts';
import { rootRng, type Rng } from './prng.ts';
import { ReferenceRegistry } from './providers.ts';
import type { ScaleParams } from './scale.ts';
import type { Person } from './world-types.ts';

export interface BuildContext {
  readonly seed: number;
  readonly root: Rng;
  readonly ip: IpSpace;
  readonly handles: HandleRegistry;
  readonly refs: ReferenceRegistry;
  readonly params: ScaleParams;
  readonly homeIps: Map<string, readonly string[]>;
}

export function newContext(seed: number, ip: IpSpace, params: ScaleParams): BuildContext {
  return {
    seed,
    root: rootRng(seed),
    ip,
    handles: new HandleRegistry(),
    refs: new ReferenceRegistry(),
    params,
    homeIps: new Map(),
  };
}

/** A person's home broadband addresses (the ISP re-assigns now and then): 1–3, in their country. */
export function homeIps(ctx: BuildContext, p: Person): readonly string[] {
  const key = p.householdId ?? p.id;
  let ips = ctx.homeIps.get(key);
  if (ips === undefined) {
    const rng = ctx.root.fork('home-ip', key);
    const block = ctx.ip.block(rng, p.country);
    const n = rng.int(1, 3);
    const list: string[] = [];
    for (let i = 0; i < n; i++) list.push(ctx.ip.address(rng, block, p.country));
    ips = list;
    ctx.homeIps.set(key, ips);
  }
  return ips;
}
