import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { caseCsv } from '../export/case-csv.ts';
import { caseGraphml } from '../export/case-graphml.ts';
import { buildEntities, entitiesJson } from '../packages/ftm/build-entities.ts';
import type { FtmEntity } from '../packages/ftm/entity-set.ts';
import { packageInputsFromStore } from '../packages/from-store.ts';
import type { PersonLink } from '../store/analysis.ts';
import { print, withStore } from './context.ts';

const FORMATS = ['ftm', 'graphml', 'csv'] as const;

/**
 * `vigil export --format ftm|graphml|csv --out DIR`: the whole analysed case for Aleph (FtM
 * entities), Gephi/i2/Maltego (GraphML) or spreadsheets (CSV). Every export is audited.
 */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'export the analysed case for Aleph (ftm), Gephi, i2 or Maltego (graphml), or spreadsheets (csv)',
    )
    .requiredOption('--format <format>', FORMATS.join(', '))
    .requiredOption('--out <dir>', 'folder to write into')
    .action(async (opts: { format: string; out: string }, cmd: Command) => {
      if (!(FORMATS as readonly string[]).includes(opts.format))
        throw new VigilError(`--format takes ${FORMATS.join(', ')}, and "${opts.format}" is none of them.`);
      mkdirSync(opts.out, { recursive: true });
      const written = await withStore(cmd, async (store) => {
        const persons = await store.analysis.persons();
        if (persons.length === 0)
          throw new VigilError('The case has no analysed persons: run `vigil analyze` first.');
        let files: Record<string, string>;
        if (opts.format === 'graphml')
          files = { 'case.graphml': caseGraphml(persons, await store.analysis.profiles()) };
        else if (opts.format === 'csv') {
          const links: PersonLink[] = [];
          for (const p of persons) links.push(...(await store.analysis.links(p.person_id)));
          files = caseCsv(persons, links);
        } else {
          const inputs = await packageInputsFromStore(store, {
            countries: 'all',
            everyone: true,
            override: 'case export',
          });
          const byId = new Map<string, FtmEntity>();
          for (const input of inputs) for (const e of buildEntities(input)) byId.set(e.id, e);
          files = {
            'entities.json': entitiesJson([...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1))),
          };
        }
        for (const [name, text] of Object.entries(files)) writeFileSync(join(opts.out, name), text);
        await store.audit.append({
          user: 'cli',
          action: 'export',
          object: opts.format,
          details: { out: opts.out, files: Object.keys(files) },
        });
        return Object.keys(files);
      });
      print(`Wrote ${written.join(', ')} to ${opts.out}.`);
    });
}
