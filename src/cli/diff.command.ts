import type { Command } from 'commander';
import { changesSince } from '../analysis/history/changes-since.ts';
import type { ChangedPerson, ChangeList, EvidenceDelta, ReviewState } from '../core/change-types.ts';
import { VigilError } from '../core/errors.ts';
import { globals, print, printJson, table, withStore } from './context.ts';

/** Rows per section in the text output; --json lists everything. */
const SHOWN = 25;

function more(total: number): void {
  if (total > SHOWN) print(`… and ${total - SHOWN} more (--json lists all)`);
}

const utc = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

const who = (p: ChangedPerson | null): string => (p === null ? '' : (p.name ?? p.accounts[0] ?? ''));

function review(r: ReviewState | null): string {
  if (r === null) return '';
  const by = r.assignee === null ? '' : ` (${r.assignee})`;
  return `${r.status}${by}${r.under_previous_id ? ` under ${r.person_id}` : ''}`;
}

function added(a: EvidenceDelta): string {
  const parts = [
    [a.messages, 'message'],
    [a.transfers, 'transfer'],
    [a.ip_events, 'IP event'],
    [a.locations, 'location'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `+${n} ${what}${n === 1 ? '' : 's'}`)
    .join(', ');
}

function printChanges(c: ChangeList): void {
  const n = c.counts;
  print(
    `Changes since ingest run ${c.since_run}: analysis ${c.baseline.snapshot} (${utc(c.baseline.taken_at)} UTC) → analysis ${c.current.snapshot} (${utc(c.current.taken_at)} UTC)`,
  );
  print(
    `${n.new_persons} new persons, ${n.split_off} split off a known person, ${n.new_evidence} known persons with new evidence, leads: ${n.leads_appeared} appeared, ${n.leads_dropped} dropped out, ${n.leads_moved} moved; ${n.new_networks === null ? 'networks not analysed' : `${n.new_networks} new networks`}`,
  );
  if (c.leads.length > 0) {
    print('\nLeads');
    print(
      table(
        ['change', 'person', 'name', 'score', 'country', 'review', 'decisions'],
        c.leads.slice(0, SHOWN).map((l) => {
          const from = l.previous;
          const to = l.person;
          const score = `${from?.score ?? '–'} → ${to?.score ?? '–'}`;
          const country = `${from === null ? '–' : (from.country ?? '?')} → ${to === null ? '–' : (to.country ?? '?')}`;
          return [
            l.merged_into === null ? l.kind : `${l.kind} (merged into ${l.merged_into})`,
            (to ?? from)!.person_id,
            who(to ?? from),
            score,
            country,
            review(l.review),
            String(l.decisions),
          ];
        }),
      ),
    );
    more(c.leads.length);
  }
  if (c.new_persons.length > 0) {
    print('\nNew persons');
    print(
      table(
        ['person', 'role', 'lead', 'score', 'country', 'name', 'accounts'],
        c.new_persons
          .slice(0, SHOWN)
          .map(({ person: p }) => [
            p.person_id,
            p.role,
            p.lead ? 'lead' : '',
            String(p.score),
            p.country ?? '?',
            who(p),
            p.accounts.join(' '),
          ]),
      ),
    );
    more(c.new_persons.length);
  }
  if (c.split_off.length > 0) {
    print('\nSplit off a known person (linkage now keeps them apart)');
    print(
      table(
        ['person', 'role', 'lead', 'name', 'split from'],
        c.split_off
          .slice(0, SHOWN)
          .map(({ person: p, split_from }) => [
            p.person_id,
            p.role,
            p.lead ? 'lead' : '',
            who(p),
            split_from,
          ]),
      ),
    );
    more(c.split_off.length);
  }
  if (c.new_evidence.length > 0) {
    print('\nKnown persons with new evidence');
    print(
      table(
        ['person', 'role', 'name', 'added', 'accounts added', 'review'],
        c.new_evidence
          .slice(0, SHOWN)
          .map((e) => [
            e.person.person_id === e.previous_person_id
              ? e.person.person_id
              : `${e.person.person_id} (was ${e.previous_person_id})`,
            e.person.role,
            who(e.person),
            added(e.added) + (e.merged_from.length === 0 ? '' : ` (merged with ${e.merged_from.join(', ')})`),
            e.accounts_added.join(' '),
            review(e.review),
          ]),
      ),
    );
    more(c.new_evidence.length);
  }
  if (c.networks !== null && c.networks.length > 0) {
    print('\nNetworks');
    print(
      table(
        ['change', 'network', 'name', 'members', 'members added'],
        c.networks
          .slice(0, SHOWN)
          .map((x) => [x.kind, x.network_id, x.label ?? '', x.members, x.members_added.join(' ')]),
      ),
    );
    more(c.networks.length);
  }
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description(
      'what the latest analysis changed since an ingest run: new persons, new evidence, leads that moved, new networks',
    )
    .option(
      '--since <run>',
      'the ingest run id (vigil ingest --json prints run_id); compares the last analysis before that run with the latest (default: the newest run)',
    )
    .option('--json', 'print the change list as JSON')
    .action(async (opts: { since?: string }, cmd: Command) => {
      const run = opts.since === undefined ? undefined : Number(opts.since);
      if (run !== undefined && (!Number.isInteger(run) || run < 1))
        throw new VigilError(`--since takes an ingest run id, a whole number such as 2.`);
      const changes = await withStore(cmd, (store) => changesSince(store, run));
      if (globals(cmd).json === true) return printJson(changes);
      printChanges(changes);
    });
}
