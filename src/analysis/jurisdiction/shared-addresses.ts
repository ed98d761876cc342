/** An IP event reduced to what sharing analysis needs. */
export interface IpUse {
  readonly ip: string;
  /** Account key, e.g. `platform:handle`. */
  readonly account: string;
  readonly port: number | null;
  readonly at: number;
}

export interface SharedAddress {
  readonly ip: string;
  /** Distinct accounts seen on it without a source port to tell them apart. */
  readonly accounts: number;
}

/**
 * Public addresses used by many accounts without source ports: carrier-grade NAT, cafés, hotels,
 * VPN exits. Such an address places a user in a country but does not single a user out, so it
 * must not merge strangers. Events that carry a port are left out: the port separates users.
 */
export function sharedAddresses(
  events: Iterable<IpUse>,
  minAccounts = 5,
  windowMs = 24 * 3_600_000,
): Map<string, SharedAddress> {
  const byIp = new Map<string, Array<{ account: string; at: number }>>();
  for (const e of events) {
    if (e.port !== null) continue;
    let list = byIp.get(e.ip);
    if (!list) byIp.set(e.ip, (list = []));
    list.push({ account: e.account, at: e.at });
  }
  const out = new Map<string, SharedAddress>();
  for (const [ip, list] of byIp) {
    list.sort((a, b) => a.at - b.at);
    // Most distinct accounts inside any sliding window.
    const inWindow = new Map<string, number>();
    let best = 0;
    let lo = 0;
    for (const e of list) {
      inWindow.set(e.account, (inWindow.get(e.account) ?? 0) + 1);
      while (e.at - list[lo]!.at > windowMs) {
        const a = list[lo]!.account;
        const n = inWindow.get(a)! - 1;
        if (n) inWindow.set(a, n);
        else inWindow.delete(a);
        lo++;
      }
      best = Math.max(best, inWindow.size);
    }
    if (best >= minAccounts) out.set(ip, { ip, accounts: best });
  }
  return out;
}
