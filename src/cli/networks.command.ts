import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import type { SellerNetwork } from '../core/network-types.ts';
import { globals, print, printJson, table, withStore } from './context.ts';

const day = (t: number | null): string => (t === null ? '?' : new Date(t).toISOString().slice(0, 10));
const evidenceText = (ev: SellerNetwork['statements'][number]['evidence']): string =>
  ev.length === 0
    ? ''
    : `  [${ev
        .slice(0, 4)
        .map((e) => `${e.kind}:${e.id}`)
        .join(', ')}${ev.length > 4 ? ', …' : ''}]`;

function printNetwork(n: SellerNetwork): void {
  print(
    `${n.network_id}  ${n.known ? 'known' : `CANDIDATE #${n.candidate?.rank ?? '?'} (score ${n.candidate?.score ?? 0})`}${n.still_active ? '  STILL ACTIVE' : ''}`,
  );
  print(`name: ${n.name}`);
  print(`operates in: ${n.country ?? '?'}; active ${day(n.active_from)} to ${day(n.active_to)}`);
  print(
    `buyers: ${n.buyers} (${n.buyer_countries
      .slice(0, 10)
      .map((b) => `${b.country} ${b.buyers}`)
      .join(', ')})`,
  );
  if (n.candidate !== null) {
    print('why a candidate network:');
    for (const r of n.candidate.reasons)
      print(`  +${r.weight.toFixed(2)}  ${r.indicator}: ${r.detail}${evidenceText(r.evidence)}`);
  }
  print('members:');
  print(
    table(
      ['role', 'member', 'names', 'accounts', 'transfers', 'first', 'last'],
      n.members
        .filter((m) => m.role !== 'account')
        .map((m) => [
          m.role,
          m.member_id,
          m.names.slice(0, 2).join('; '),
          m.accounts.map((a) => `${a.platform}:${a.handle}`).join(', '),
          m.transfers,
          day(m.first),
          day(m.last),
        ]),
    )
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  print('where:');
  for (const l of n.locations)
    print(`  ${l.label}  ${l.source}  ${l.observations} observation(s)${evidenceText(l.evidence)}`);
  print('money received by month:');
  for (const m of n.money_by_month.slice(-12))
    print(`  ${m.month}  ${m.amount.toFixed(2)} ${m.currency}  (${m.transfers} transfers)`);
  if (n.money_by_month.length > 12) print(`  … ${n.money_by_month.length - 12} earlier month(s) in --json`);
  print('statements:');
  for (const s of n.statements) print(`  ${s.indicator}: ${s.detail}${evidenceText(s.evidence)}`);
}

/** `vigil networks [--candidates]` and `vigil network ID`: the seller networks of the last analysis. */
export function registerNetworks(program: Command): void {
  program
    .command('networks')
    .description('seller networks found by the last analysis; --candidates: only those not yet known, ranked')
    .option('--candidates', 'only candidate networks (not marked seller), by rank')
    .option('--json', 'print as JSON')
    .action(async (opts: { candidates?: boolean }, cmd: Command) => {
      const { list, candidates } = await withStore(cmd, async (store) => {
        if ((await store.networks.snapshots()).length === 0)
          throw new VigilError('No seller networks in this case yet: run `vigil analyze` first.');
        return opts.candidates === true
          ? { list: [], candidates: await store.networks.all({ candidates: true }) }
          : { list: await store.networks.list(), candidates: [] };
      });
      if (globals(cmd).json === true)
        return printJson({ networks: opts.candidates === true ? candidates : list });
      if (opts.candidates === true) {
        print(
          table(
            ['rank', 'network', 'score', 'country', 'active', 'members', 'buyers', 'why'],
            candidates.map((n) => [
              n.candidate?.rank ?? 0,
              n.network_id,
              n.candidate?.score ?? 0,
              n.country ?? '?',
              n.still_active ? 'yes' : 'no',
              n.members.filter((m) => m.role !== 'account').length,
              n.buyers,
              (n.candidate?.reasons ?? []).map((r) => r.indicator).join(' '),
            ]),
          ),
        );
        return;
      }
      print(
        table(
          [
            'network',
            'status',
            'country',
            'still active',
            'from',
            'to',
            'members',
            'receivers',
            'buyers',
            'name',
          ],
          list.map((n) => [
            n.network_id,
            n.known ? 'known' : `candidate #${n.candidate_rank}`,
            n.country ?? '?',
            n.still_active ? 'yes' : 'no',
            day(n.active_from),
            day(n.active_to),
            n.members,
            n.receivers,
            n.buyers,
            n.name,
          ]),
        ),
      );
    });

  program
    .command('network')
    .description('one seller network: members, collectors, places, active period, buyers, money, evidence')
    .argument('<id>', 'network id (NW-…)')
    .option('--json', 'print as JSON')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const n = await withStore(cmd, (store) => store.networks.get(id));
      if (n === undefined)
        throw new VigilError(`No network ${id} in this case (see \`vigil networks\` for the ids).`);
      if (globals(cmd).json === true) return printJson(n);
      printNetwork(n);
    });
}
