import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { SCALES, writeSynthBundle, type Scale, type SynthSummary } from '../synth/index.ts';
import { writeSynthMedia } from '../synth/media-set.ts';
import { globals, print, printJson } from './context.ts';

/** `vigil synth --out DIR [--scale tiny|small|seed] [--seed N] [--bad-rows] [--json]` (docs/synthetic-world.md). */
export function registerSynth(program: Command): void {
  program
    .command('synth')
    .description('writes a synthetic case bundle with its ground truth in DIR/truth/')
    .requiredOption('--out <dir>', 'the folder to write the bundle to')
    .option('--scale <scale>', 'tiny, small or seed', 'small')
    .option('--seed <n>', 'the world seed; same seed and scale give the same bytes', '1')
    .option('--bad-rows', 'also plant malformed rows of every kind, listed in truth/bad_rows.csv')
    .option('--media', 'also write a small generated media set with link rows and a known-hash list')
    .option('--json', 'print the summary as JSON')
    .action(
      async (
        opts: { out: string; scale: string; seed: string; badRows?: boolean; media?: boolean },
        cmd: Command,
      ) => {
        if (!(SCALES as readonly string[]).includes(opts.scale))
          throw new VigilError(`--scale takes tiny, small or seed, and "${opts.scale}" is none of them.`);
        const seed = Number(opts.seed);
        if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
          throw new VigilError(
            `--seed takes a whole number from 0 to 4294967295, and "${opts.seed}" is not one.`,
          );
        const summary = await writeSynthBundle({
          out: opts.out,
          scale: opts.scale as Scale,
          seed,
          badRows: opts.badRows === true,
        });
        const media = opts.media === true ? await writeSynthMedia(opts.out, { seed }) : null;
        if (globals(cmd).json === true) return printJson(media === null ? summary : { ...summary, media });
        printSummary(summary);
        if (media !== null)
          print(
            `  media: ${media.files} files, ${media.known_entries} on the known list, ${media.links} links (truth/media.csv)`,
          );
      },
    );
}

function printSummary(s: SynthSummary): void {
  print(`Wrote a ${s.scale} world (seed ${s.seed}) to ${s.out} in ${s.seconds} s.`);
  for (const [file, rows] of Object.entries(s.files))
    print(`  ${file.padEnd(28)} ${String(rows).padStart(10)} rows`);
  print(
    `  persons: ${Object.entries(s.persons_by_kind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  print(
    `  networks: ${s.networks.total} (${s.networks.unknown} unknown, ${s.networks.active} active); leads ${s.leads}; urgent ${s.urgent}`,
  );
  if (s.bad_rows > 0) print(`  planted bad rows: ${s.bad_rows} (truth/bad_rows.csv)`);
}
