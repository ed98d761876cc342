import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { globals, print, printJson, table, withStore } from './context.ts';
import { leadJson, personJson } from './lead-json.ts';

export function registerPersons(program: Command): void {
  program
    .command('persons')
    .description('every resolved person with accounts and transactions')
    .option('--json', 'print as JSON')
    .action(async (_opts: unknown, cmd: Command) => {
      const persons = await withStore(cmd, (store) => store.analysis.persons());
      if (globals(cmd).json === true) return printJson({ persons: persons.map(personJson) });
      print(
        table(
          ['person', 'role', 'country', 'name', 'accounts', 'transfers'],
          persons.map((p) => [
            p.person_id,
            p.role,
            p.country ?? '?',
            p.names[0] ?? '',
            p.accounts.length,
            p.transactions.length,
          ]),
        ),
      );
    });

  program
    .command('person')
    .description('one person: identifiers, accounts, score breakdown, links and evidence')
    .argument('<id>', 'person id, or an account as platform:handle')
    .option('--json', 'print as JSON')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const result = await withStore(cmd, async (store) => {
        const personId = id.startsWith('p-')
          ? id
          : await store.analysis.personOf(
              id.startsWith('acct:') || id.startsWith('tx:') ? id : `acct:${id.toLowerCase()}`,
            );
        const person = personId === undefined ? undefined : await store.analysis.person(personId);
        if (person === undefined)
          throw new VigilError(`No person ${id} in this case (run \`vigil analyze\`, or check the id).`);
        return { person, links: await store.analysis.links(person.person_id) };
      });
      const { person: p, links } = result;
      if (globals(cmd).json === true)
        return printJson({ ...leadJson(p), role: p.role, identifiers: p.identifiers, links });
      print(
        `${p.person_id}  ${p.role}${p.lead ? '  LEAD' : ''}${p.urgent ? '  URGENT' : ''}  rank ${p.rank ?? '-'}`,
      );
      print(`names: ${p.names.join('; ') || '(none)'}`);
      print(`accounts: ${p.accounts.map((a) => `${a.platform}:${a.handle}`).join(', ') || '(none)'}`);
      print(`transfers: ${p.transactions.length}`);
      print(`score ${p.score} = culpability ${p.culpability} + ½ × actionability ${p.actionability}`);
      for (const r of p.reasons)
        print(
          `  ${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(2)}  ${r.axis.padEnd(13)} ${r.indicator}: ${r.detail}${
            r.evidence.length
              ? `  [${r.evidence
                  .slice(0, 4)
                  .map((e) => `${e.kind}:${e.id}`)
                  .join(', ')}${r.evidence.length > 4 ? ', …' : ''}]`
              : ''
          }`,
        );
      print('country:');
      for (const c of p.country_candidates.slice(0, 3))
        print(`  ${c.country} p=${c.p.toFixed(2)}  ${c.evidence.join('; ')}`);
      print('identifiers:');
      for (const i of p.identifiers.slice(0, 20))
        print(
          `  ${i.type} ${i.value}  (${i.evidence
            .map((e) => `${e.kind}:${e.id}`)
            .slice(0, 3)
            .join(', ')})`,
        );
      print(`links (${links.length}):`);
      for (const l of links.slice(0, 20))
        print(
          `  ${l.a} — ${l.b}  weight ${Number.isFinite(l.weight) ? l.weight.toFixed(1) : 'decision'}${l.bridge ? '  BRIDGE' : ''}  ${l.breakdown
            .filter((b) => b.level !== 'missing')
            .map((b) => `${b.field}=${b.level}(${(b.weight + b.tf).toFixed(1)})`)
            .join(' ')}`,
        );
    });
}
