import type { Command } from 'commander';
import { globals, print, printJson, withStore } from './context.ts';

export function registerQuarantine(program: Command): void {
  program
    .command('quarantine')
    .description('rows set aside at ingest, with file, line, reason and raw text')
    .option('--limit <n>', 'rows to show', '1000')
    .option('--json', 'print as JSON')
    .action(async (opts: { limit: string }, cmd: Command) => {
      const rows = await withStore(cmd, (store) => store.quarantine(Number(opts.limit)));
      if (globals(cmd).json === true) return printJson({ rows });
      if (rows.length === 0) return print('The quarantine is empty.');
      for (const r of rows) print(`${r.file}:${r.line}  ${r.reason}\n    ${r.raw}`);
    });
}
