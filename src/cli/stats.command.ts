import type { Command } from 'commander';
import { isoUtc } from '../bundle/timestamp.ts';
import { globals, print, printJson, table, withStore } from './context.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('what the case holds: counts per kind, date range, accounts, platforms')
    .option('--json', 'print as JSON')
    .action(async (_opts: unknown, cmd: Command) => {
      const s = await withStore(cmd, (store) => store.stats());
      if (globals(cmd).json === true) return printJson(s);
      const day = (ms: number | null): string => (ms === null ? '' : isoUtc(ms).slice(0, 10));
      print(
        table(
          ['kind', 'records', 'from', 'to'],
          s.kinds.map((k) => [k.kind, k.count, day(k.first), day(k.last)]),
        ),
      );
      print();
      print(
        table(
          ['platform', 'accounts', 'messages'],
          s.platforms.map((p) => [p.platform, p.accounts, p.messages]),
        ),
      );
      print();
      print(
        `${s.accounts} accounts, ${s.sources} source files, ${s.quarantined} rows in quarantine, ${s.runs} runs.`,
      );
    });
}
