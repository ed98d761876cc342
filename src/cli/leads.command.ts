import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { isCountryCode } from '../bundle/codes.ts';
import { globals, print, printJson, table, withStore } from './context.ts';
import { leadJson } from './lead-json.ts';

export function registerLeads(program: Command): void {
  program
    .command('leads')
    .description('the ranked leads (with --all, every non-seller person)')
    .option('--all', 'rank every non-seller person, not only leads')
    .option('--country <cc>', 'only persons attributed to this country')
    .option('--limit <n>', 'at most this many')
    .option('--json', 'print as JSON')
    .action(async (opts: { all?: boolean; country?: string; limit?: string }, cmd: Command) => {
      if (opts.country !== undefined && !isCountryCode(opts.country.toUpperCase()))
        throw new VigilError(`--country ${opts.country} is not an ISO 3166-1 alpha-2 code such as DE.`);
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
        throw new VigilError(`--limit takes a whole number above 0.`);
      const leads = await withStore(cmd, (store) =>
        store.analysis.leads({ all: opts.all === true, country: opts.country, limit }),
      );
      if (globals(cmd).json === true) return printJson({ leads: leads.map(leadJson) });
      if (leads.length === 0) return print('No leads: run `vigil analyze` first, or widen the filter.');
      print(
        table(
          ['rank', 'person', 'score', 'urgent', 'country', 'p', 'name', 'accounts'],
          leads.map((l) => [
            l.rank ?? 0,
            l.person_id,
            l.score,
            l.urgent ? 'URGENT' : '',
            l.country ?? '?',
            l.country_confidence.toFixed(2),
            l.names[0] ?? '',
            l.accounts.map((a) => `${a.platform}:${a.handle}`).join(' '),
          ]),
        ),
      );
    });
}
