import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { analyze, STAGES, type StageName } from '../analysis/stages/analyze.ts';
import { globals, print, printJson, withStore } from './context.ts';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('run the analysis pipeline (features, linkage, assessment) over everything ingested')
    .option('--stage <names>', `re-run only these stages, comma-separated (${STAGES.join(', ')})`)
    .option('--json', 'print the stage figures as JSON')
    .action(async (opts: { stage?: string }, cmd: Command) => {
      const only =
        opts.stage === undefined ? STAGES : (opts.stage.split(',').map((s) => s.trim()) as StageName[]);
      const unknown = only.filter((s) => !(STAGES as readonly string[]).includes(s));
      if (unknown.length > 0)
        throw new VigilError(
          `--stage ${unknown.join(', ')} is not a stage; the stages are ${STAGES.join(', ')}.`,
        );
      const tty = process.stderr.isTTY === true && globals(cmd).json !== true;
      const report = await withStore(cmd, (store) =>
        analyze(store, only, (s) => tty && process.stderr.write(`analysing: ${s}…\n`)),
      );
      if (globals(cmd).json === true) return printJson(report);
      if (report.features)
        print(
          `features: ${report.features.messages} messages, ${report.features.identifiers} identifiers, ${report.features.accounts} accounts`,
        );
      if (report.linkage)
        print(
          `linkage: ${report.linkage.nodes} accounts and payer records → ${report.linkage.persons} persons (${report.linkage.links} links, ${report.linkage.bridges} bridges, ${report.linkage.decisions} decisions applied)`,
        );
      if (report.assess)
        print(
          `assessment: ${report.assess.sellers} sellers, ${report.assess.buyers} buyers, ${report.assess.leads} leads (${report.assess.urgent} urgent)`,
        );
      print(
        `seconds: ${Object.entries(report.seconds)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    });
}
