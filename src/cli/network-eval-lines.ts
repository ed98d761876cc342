import type { NetworkEvalReport } from '../eval/network-metrics.ts';
import { print } from './context.ts';

/** The network lines of `vigil eval`. */
export function printNetworkEval(n: NetworkEvalReport): void {
  const f = (x: number): string => x.toFixed(3);
  const p = n.membership_pairwise;
  print(
    `network members  pairwise precision ${f(p.precision)}  recall ${f(p.recall)}  F1 ${f(p.f1)}  (${n.members.found} of ${n.members.planted} planted members found, ${n.members.strays} strays)`,
  );
  print(
    `networks         ${n.networks.recovered} of ${n.networks.planted} planted recovered in ${n.networks.predicted} predicted; still-active right for ${n.still_active.right} of ${n.still_active.of}`,
  );
  for (const u of n.unknown)
    print(
      `unknown network  ${u.network}: ${u.predicted === null ? 'not found' : `${u.predicted}, candidate rank ${u.rank ?? '- (marked known)'} of ${n.candidates}`} (${u.members_found} of ${u.members} members)`,
    );
  print(`unknown networks ${n.unknown_in_top_k ? 'all' : 'NOT all'} within the top ${n.top_k} candidates`);
}
