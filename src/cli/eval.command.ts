import type { Command } from 'commander';
import { evaluate } from '../eval/evaluate.ts';
import { readTruth } from '../eval/truth.ts';
import { readNetworkTruth } from '../eval/network-truth.ts';
import { printNetworkEval } from './network-eval-lines.ts';
import { globals, print, printJson, withStore } from './context.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description("score the case's results against a synthetic bundle's truth/")
    .argument('<bundle>', 'the bundle folder holding truth/')
    .option('--json', 'print as JSON')
    .action(async (bundle: string, _opts: unknown, cmd: Command) => {
      const truth = readTruth(bundle);
      const r = await withStore(cmd, (store) => evaluate(store, truth, readNetworkTruth(bundle)));
      if (globals(cmd).json === true) return printJson(r);
      const f = (x: number): string => x.toFixed(3);
      print(
        `leads            precision ${f(r.leads.precision)}  recall ${f(r.leads.recall)}  F1 ${f(r.leads.f1)}  (${r.leads.true_positives} of ${r.leads.predicted} predicted; ${r.leads.actual} true)`,
      );
      print(`top K=${r.at_k.k}         precision@K ${f(r.at_k.precision)}  recall@K ${f(r.at_k.recall)}`);
      print(
        `account grouping pairwise precision ${f(r.accounts_pairwise.precision)}  recall ${f(r.accounts_pairwise.recall)}  F1 ${f(r.accounts_pairwise.f1)}`,
      );
      print(
        `transfers→payer  accuracy ${f(r.transfers_to_payer.accuracy)} over ${r.transfers_to_payer.transfers} transfers`,
      );
      print(
        `lead country     accuracy ${f(r.lead_country.accuracy)} over ${r.lead_country.leads_found} true leads found`,
      );
      print(
        `urgent           recall ${f(r.urgent.recall)} of ${r.urgent.urgent_true} urgent persons; ${f(r.urgent.recall_among_true_leads)} of ${r.urgent.urgent_true_leads} urgent true leads`,
      );
      print(`sellers          ${r.roles.sellers_found} of ${r.roles.sellers_true} seller persons found`);
      if (r.networks) printNetworkEval(r.networks);
    });
}
