import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { RECORD_KINDS, type RecordKind } from '../core/records.ts';
import { parseColumnMap } from '../bundle/columns.ts';
import { isKnownZone } from '../bundle/timestamp.ts';
import { ingest } from '../ingest/ingest.ts';
import { ingestMedia } from '../media/stage/ingest-media.ts';
import { mediaReportLines } from '../media/stage/media-report-lines.ts';
import { globals, print, printJson, table, withStore } from './context.ts';
import { progress } from './progress.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read bundles or files into the case; prints the run report')
    .argument('<path...>', 'bundle folders or files')
    .option('--timezone <tz>', 'IANA zone for timestamps written without a UTC offset')
    .option('--map <pairs>', 'column mapping for CSVs whose headers differ: col=Header,...')
    .option('--kind <kind>', `read the given files as this kind (${RECORD_KINDS.join(', ')})`)
    .option('--json', 'print the report as JSON')
    .action(
      async (paths: string[], opts: { timezone?: string; map?: string; kind?: string }, cmd: Command) => {
        if (opts.timezone !== undefined && !isKnownZone(opts.timezone))
          throw new VigilError(`--timezone ${opts.timezone} is not an IANA time zone such as Asia/Manila.`);
        if (opts.kind !== undefined && !(RECORD_KINDS as readonly string[]).includes(opts.kind))
          throw new VigilError(`--kind ${opts.kind} is not one of ${RECORD_KINDS.join(', ')}.`);
        const json = globals(cmd).json === true;
        const bar = progress('rows');
        const { report, media } = await withStore(cmd, async (store) => {
          const report = await ingest(store, paths, {
            zone: opts.timezone,
            map: parseColumnMap(opts.map),
            kind: opts.kind as RecordKind | undefined,
            onProgress: (file, rows) => bar.update(file, rows),
          });
          // the media stage: hash each bundle's media/ into the case, match lists, stack, link
          const media = await ingestMedia(store, report.run_id, paths, {
            onFile: (file, n) => bar.update(`media/${file}`, n),
          });
          return { report, media };
        }).finally(() => bar.stop());
        if (json) printJson(media === null ? report : { ...report, media });
        else {
          print(
            table(
              ['file', 'kind', 'read', 'stored', 'quarantined', 'duplicates'],
              [
                ...report.files.map((f) => [
                  f.path,
                  f.kind,
                  f.rows_read,
                  f.rows_stored,
                  f.rows_quarantined,
                  f.duplicates,
                ]),
                [
                  'total',
                  '',
                  report.totals.rows_read,
                  report.totals.rows_stored,
                  report.totals.rows_quarantined,
                  report.totals.duplicates,
                ],
              ],
            ),
          );
          for (const s of report.skipped_files) print(`skipped ${s.path}: ${s.reason}`);
          if (report.totals.rows_quarantined > 0) print('Quarantined rows are listed by `vigil quarantine`.');
          if (media !== null) mediaReportLines(media).forEach((l) => print(l));
        }
        const failed = report.files.filter((f) => f.error !== null);
        for (const f of failed) process.stderr.write(`vigil: ${f.error}\n`);
        if (failed.length > 0) process.exitCode = 1;
      },
    );
}
