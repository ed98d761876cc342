import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { verifyChain } from '../store/audit.ts';
import { globals, print, printJson, withStore } from './context.ts';

export function registerAudit(program: Command): void {
  const audit = program
    .command('audit')
    .description('the audit log, newest first; `vigil audit verify` checks its hash chain')
    .option('--limit <n>', 'entries to show', '100')
    .option('--user <u>', 'only this user')
    .option('--action <a>', 'only this action, e.g. search, message.view, login')
    .option('--json', 'print as JSON')
    .action(async (opts: { limit: string; user?: string; action?: string }, cmd: Command) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new VigilError(`--limit takes a whole number, and "${opts.limit}" is not one.`);
      const entries = await withStore(cmd, (store) =>
        store.audit.list({ limit, user: opts.user, action: opts.action }),
      );
      if (globals(cmd).json === true) return printJson({ entries });
      if (entries.length === 0) return print('The audit log is empty.');
      for (const e of entries)
        print(
          `${String(e.seq).padStart(6)}  ${e.time}  ${e.user.padEnd(12)} ${e.action.padEnd(15)} ${e.object}  ${e.details}`,
        );
    });
  audit
    .command('verify')
    .description('recomputes the hash chain; exit 1 at the first broken entry')
    .option('--json', 'print the result as JSON')
    .action(async (_opts: unknown, cmd: Command) => {
      const check = await withStore(cmd, (store) => verifyChain(store.audit.entries()));
      if (globals(cmd).json === true) printJson(check);
      else if (check.ok) print(`The audit log is intact: ${check.entries} entries, head ${check.head}.`);
      if (!check.ok) {
        process.stderr.write(
          `vigil: the audit log is broken at entry ${check.broken_at}: ${check.reason}.\n`,
        );
        process.exitCode = 1;
      }
    });
}
