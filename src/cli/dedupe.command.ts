import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { VigilError, messageOf } from '../core/errors.ts';
import { parseCsv, writeCsv } from '../analysis/linkage/csv-table.ts';
import { dedupeTable } from '../analysis/linkage/dedupe-table.ts';
import type { LinkConstraints } from '../analysis/linkage/link-records.ts';
import { globals, print, printJson } from './context.ts';

interface DedupeFlags {
  readonly id: string;
  readonly out?: string;
  readonly threshold?: string;
  readonly columns?: string;
  readonly decisions?: string;
}

function readText(path: string, what: string): string {
  try {
    const bytes = readFileSync(path);
    return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (e) {
    throw new VigilError(`Cannot read the ${what} ${path}: ${messageOf(e)}.`);
  }
}

/** `id_a,id_b,decision` rows (decision: confirm, merge or split) → constraints. */
function readDecisions(path: string): LinkConstraints {
  const [header, ...rows] = parseCsv(readText(path, 'decisions file'));
  const cols = (header ?? []).map((h) => h.trim().toLowerCase());
  const [ia, ib, id] = ['id_a', 'id_b', 'decision'].map((c) => cols.indexOf(c));
  if (ia === undefined || ib === undefined || id === undefined || ia < 0 || ib < 0 || id < 0)
    throw new VigilError(`The decisions file ${path} needs the columns id_a, id_b, decision.`);
  const mustLink: Array<[string, string]> = [];
  const cannotLink: Array<[string, string]> = [];
  rows.forEach((r, i) => {
    const d = r[id]?.trim().toLowerCase();
    const pair: [string, string] = [r[ia]?.trim() ?? '', r[ib]?.trim() ?? ''];
    if (d === 'split') cannotLink.push(pair);
    else if (d === 'confirm' || d === 'merge') mustLink.push(pair);
    else
      throw new VigilError(
        `The decisions file ${path}, line ${i + 2}: decision "${r[id] ?? ''}" is not confirm, merge or split.`,
      );
  });
  return { mustLink, cannotLink };
}

/**
 * `vigil dedupe FILE.csv --id COLUMN [--out FILE] [--threshold W] [--columns role=Header,...]
 * [--decisions FILE] [--json]`: Fellegi–Sunter linkage over any CSV of person records; writes the
 * rows with a `cluster_id` column (to --out, else stdout).
 */
export function registerDedupe(program: Command): void {
  program
    .command('dedupe')
    .description(
      'groups the rows of a CSV of person records that describe the same person; adds a cluster_id column',
    )
    .argument('<file>', 'CSV with a header row (.csv.gz is read too)')
    .requiredOption('--id <column>', 'the column that identifies each row')
    .option('--out <file>', 'write the CSV with cluster_id here (default: stdout)')
    .option(
      '--threshold <w>',
      'match weight in bits a pair needs (default: where the match probability reaches 0.5)',
    )
    .option(
      '--columns <map>',
      'override detected columns: role=Header,... (roles: given, surname, full_name, dob, street_number, address, city, postcode, state, country, phone, email, shared_id)',
    )
    .option('--decisions <file>', 'CSV id_a,id_b,decision (confirm|merge|split) applied on every run')
    .option('--json', 'print a JSON summary with parameters and links')
    .action((file: string, opts: DedupeFlags, cmd: Command) => {
      let threshold: number | undefined;
      if (opts.threshold !== undefined) {
        threshold = Number(opts.threshold);
        if (!Number.isFinite(threshold))
          throw new VigilError(`--threshold takes a number, and "${opts.threshold}" is not one.`);
      }
      const rows = parseCsv(readText(file, 'CSV file'));
      const out = dedupeTable(rows, {
        idColumn: opts.id,
        columns: opts.columns,
        threshold,
        constraints: opts.decisions ? readDecisions(opts.decisions) : undefined,
      });
      const clusterCol = out.header.findIndex((h) => h.trim().toLowerCase() === 'cluster_id');
      const header = clusterCol >= 0 ? [...out.header] : [...out.header, 'cluster_id'];
      const body = rows.slice(1).map((r, i) => {
        const row = [...r];
        while (row.length < out.header.length) row.push('');
        if (clusterCol >= 0) row[clusterCol] = out.clusterIds[i]!;
        else row.push(out.clusterIds[i]!);
        return row;
      });
      const csv = writeCsv([header, ...body]);
      if (opts.out) writeFileSync(opts.out, csv);
      const r = out.result;
      const multi = r.clusters.filter((c) => c.members.length > 1);
      if (globals(cmd).json === true) {
        printJson({
          file,
          out: opts.out ?? null,
          rows: body.length,
          clusters: r.clusters.length,
          multi_member_clusters: multi.length,
          rows_in_multi_member_clusters: multi.reduce((a, c) => a + c.members.length, 0),
          threshold: r.threshold,
          lambda: r.parameters.lambda,
          em_iterations: r.parameters.iterations,
          candidate_pairs: r.stats.candidatePairs,
          skipped_blocks: r.stats.skippedBlocks,
          decision_conflicts: r.stats.conflicts,
          columns: Object.fromEntries(
            Object.entries(out.columns).map(([role, idx]) => [role, idx.map((i) => out.header[i])]),
          ),
          fields: r.parameters.fields.map((f, k) => ({
            name: f.name,
            levels: f.levels.map((level, l) => ({
              level,
              m: r.parameters.m[k]![l],
              u: r.parameters.u[k]![l],
              weight: Math.log2(r.parameters.m[k]![l]! / r.parameters.u[k]![l]!),
            })),
          })),
          assignments: opts.out
            ? undefined
            : body.map((_, i) => ({
                id:
                  rows[i + 1]?.[
                    out.header.findIndex((h) => h.trim().toLowerCase() === opts.id.trim().toLowerCase())
                  ] ?? '',
                cluster_id: out.clusterIds[i],
              })),
          links: r.links.map((l) => ({ ...l, weight: Number.isFinite(l.weight) ? l.weight : null })),
        });
        return;
      }
      if (!opts.out) process.stdout.write(csv);
      const say = opts.out ? print : (line: string) => process.stderr.write(line + '\n');
      say(
        `${body.length} rows → ${r.clusters.length} clusters (${multi.length} with more than one row); ` +
          `threshold ${r.threshold.toFixed(2)} bits, ${r.stats.candidatePairs} pairs compared` +
          (r.links.some((l) => l.bridge && l.status === 'linked')
            ? `, ${r.links.filter((l) => l.bridge && l.status === 'linked').length} bridge links to review`
            : '') +
          (opts.out ? `; written to ${opts.out}.` : '.'),
      );
    });
}
