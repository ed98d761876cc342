import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { hashFile } from '../media/hash-file.ts';
import { nearDuplicateStacks } from '../media/index/near-duplicate-stacks.ts';
import { KnownHashMatcher } from '../media/lists/known-hash-matcher.ts';
import type { KnownHash } from '../media/lists/known-hash.ts';
import { loadHashList } from '../media/lists/load-hash-list.ts';
import type { MediaResult } from '../media/media-result.ts';
import { MediaTally, type MediaSummary } from '../media/scan/media-tally.ts';
import { appendResults, readDoneKeys } from '../media/scan/results-file.ts';
import { scanMedia } from '../media/scan/scan-media.ts';
import { globals, print, printJson, table } from './context.ts';

interface JsonOption {
  readonly json?: boolean;
}
interface ScanOptions extends JsonOption {
  readonly workers?: string;
  readonly distance: string;
  readonly quality: string;
}
interface MatchOptions extends ScanOptions {
  readonly list: string[];
}

function int(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new VigilError(`--${name} must be a whole number from ${min} to ${max}.`);
  return n;
}

function wantsJson(opts: JsonOption, cmd: Command): boolean {
  return opts.json === true || globals(cmd).json === true;
}

async function scanAll(
  dir: string,
  opts: ScanOptions,
): Promise<{ results: MediaResult[]; summary: MediaSummary }> {
  try {
    await access(dir);
  } catch {
    throw new VigilError(`${dir} does not exist or cannot be read.`, 404, 'not_found');
  }
  const tally = new MediaTally();
  const results: MediaResult[] = [];
  const scan = opts.workers === undefined ? {} : { workers: int(opts.workers, 'workers', 0, 256) };
  for await (const r of scanMedia(dir, scan)) {
    tally.add(r);
    results.push(r);
  }
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { results, summary: tally.summary() };
}

function reportUndecoded(summary: MediaSummary): void {
  if (summary.notDecoded === 0) return;
  const reasons = Object.entries(summary.byReason)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  process.stderr.write(`${summary.notDecoded} of ${summary.files} files could not be decoded: ${reasons}\n`);
}

function registerHash(media: Command): void {
  media
    .command('hash')
    .description('digests, PDQ hash and quality, EXIF of each file')
    .argument('<files...>', 'image or video files')
    .option('--json', 'print { files: [ {file, md5, sha1, sha256, pdq, quality, exif} ] }')
    .action(async (files: string[], opts: JsonOption, cmd: Command) => {
      const out: {
        file: string;
        md5: string;
        sha1: string;
        sha256: string;
        pdq: string | null;
        quality: number;
        exif: object;
      }[] = [];
      for (const file of files) {
        const r = await hashFile(file, file);
        if (r.error?.code === 'unreadable') {
          process.stderr.write(`${file}: cannot be read (${r.error.message})\n`);
          process.exitCode = 1;
          continue;
        }
        if (r.error) process.stderr.write(`${file}: ${r.error.code}: ${r.error.message}\n`);
        out.push({
          file: r.file,
          md5: r.md5,
          sha1: r.sha1,
          sha256: r.sha256,
          pdq: r.pdq,
          quality: r.quality ?? 0,
          exif: r.exif ?? {},
        });
      }
      if (wantsJson(opts, cmd)) return printJson({ files: out });
      print(
        table(
          ['file', 'sha256', 'pdq', 'quality'],
          out.map((f) => [f.file, f.sha256, f.pdq ?? '-', f.quality]),
        ),
      );
    });
}

function registerMatch(media: Command): void {
  media
    .command('match')
    .description('files in a folder that match known-hash lists (exact digests, PDQ within a distance)')
    .argument('<dir>', 'folder of media')
    .requiredOption(
      '--list <files...>',
      'known-hash lists: bundle CSV, VICS JSON, NSRL RDSv3 SQLite or md5sum',
    )
    .option('--distance <n>', 'PDQ distance that counts as a match', '31')
    .option('--quality <n>', 'least PDQ quality compared', '50')
    .option('--workers <n>', 'hashing processes (default: one per core)')
    .option('--json', 'print { matches, excluded_known_good, summary }')
    .action(async (dir: string, opts: MatchOptions, cmd: Command) => {
      const entries: KnownHash[] = [];
      for (const path of opts.list) {
        const l = await loadHashList(path).catch(() => {
          throw new VigilError(`${path} cannot be read as a hash list.`, 404, 'not_found');
        });
        entries.push(...l.entries);
        if (l.rejected.length)
          process.stderr.write(
            `${path}: ${l.rejected.length} entries skipped (first: line ${l.rejected[0]!.line}, ${l.rejected[0]!.reason})\n`,
          );
      }
      const matcher = new KnownHashMatcher(entries, {
        pdqDistance: int(opts.distance, 'distance', 0, 128),
        pdqQuality: int(opts.quality, 'quality', 0, 100),
      });
      const { results, summary } = await scanAll(dir, opts);
      const matches = [];
      let excluded = 0;
      for (const r of results) {
        const found = matcher.match(r);
        if (found.some((m) => m.entry.knownGood)) {
          excluded++;
          continue;
        }
        if (found.length === 0) continue;
        matches.push({
          file: r.file,
          sha256: r.sha256,
          pdq: r.pdq,
          matches: found.map((m) => ({
            list: m.entry.list,
            category: m.entry.category ?? null,
            by: m.by,
            distance: m.distance ?? 0,
            orientation: m.orientation ?? null,
            second: m.second ?? null,
          })),
        });
      }
      if (wantsJson(opts, cmd)) return printJson({ matches, excluded_known_good: excluded, summary });
      print(
        table(
          ['file', 'list', 'category', 'by', 'distance'],
          matches.flatMap((m) => m.matches.map((x) => [m.file, x.list, x.category ?? '', x.by, x.distance])),
        ),
      );
      print(`${matches.length} of ${summary.files} files match; ${excluded} known-good files excluded`);
      reportUndecoded(summary);
    });
}

function registerStacks(media: Command): void {
  media
    .command('stacks')
    .description('groups of near-duplicate images and videos in a folder')
    .argument('<dir>', 'folder of media')
    .option('--distance <n>', 'PDQ distance that joins a stack', '31')
    .option('--quality <n>', 'least PDQ quality grouped', '50')
    .option('--workers <n>', 'hashing processes (default: one per core)')
    .option('--json', 'print { stacks: [ {size, files: [{file, sha256, pdq}]} ], summary }')
    .action(async (dir: string, opts: ScanOptions, cmd: Command) => {
      const { results, summary } = await scanAll(dir, opts);
      const groups = nearDuplicateStacks(results, {
        distance: int(opts.distance, 'distance', 0, 128),
        quality: int(opts.quality, 'quality', 0, 100),
      });
      const stacks = groups.map((g) => ({
        size: g.length,
        files: g.map((i) => ({ file: results[i]!.file, sha256: results[i]!.sha256, pdq: results[i]!.pdq })),
      }));
      if (wantsJson(opts, cmd)) return printJson({ stacks, summary });
      stacks.forEach((s, i) => print(`stack ${i + 1} (${s.size}): ${s.files.map((f) => f.file).join(', ')}`));
      print(`${stacks.length} stacks of near-duplicates among ${summary.hashed} hashed files`);
      reportUndecoded(summary);
    });
}

interface ScanCommandOptions extends JsonOption {
  readonly out: string;
  readonly workers?: string;
}

function registerScan(media: Command): void {
  media
    .command('scan')
    .description(
      'hash every file in a folder into a JSONL results file, resuming where a previous run stopped',
    )
    .argument('<dir>', "folder of media (e.g. a bundle's media/)")
    .requiredOption('--out <file>', 'results file, one JSON object a line; files already in it are skipped')
    .option('--workers <n>', 'hashing processes (default: one per core)')
    .option('--json', 'print { scanned, already_done, summary }')
    .action(async (dir: string, opts: ScanCommandOptions, cmd: Command) => {
      try {
        await access(dir);
      } catch {
        throw new VigilError(`${dir} does not exist or cannot be read.`, 404, 'not_found');
      }
      const done = await readDoneKeys(opts.out);
      const tally = new MediaTally();
      const scan =
        opts.workers === undefined ? { done } : { done, workers: int(opts.workers, 'workers', 0, 256) };
      let batch: MediaResult[] = [];
      for await (const r of scanMedia(dir, scan)) {
        tally.add(r);
        batch.push(r);
        if (batch.length >= 25) {
          await appendResults(opts.out, batch);
          batch = [];
        }
      }
      await appendResults(opts.out, batch);
      const summary = tally.summary();
      if (wantsJson(opts, cmd))
        return printJson({ scanned: summary.files, already_done: done.size, summary });
      print(
        `${summary.files} files hashed into ${opts.out} (${done.size} already there); ${summary.hashed} with PDQ`,
      );
      reportUndecoded(summary);
    });
}

/** `vigil media hash|scan|match|stacks`: media triage without viewing. */
export function registerMedia(program: Command): void {
  const media = program
    .command('media')
    .description('media triage without viewing: hashes, known lists, near-duplicates');
  registerHash(media);
  registerScan(media);
  registerMatch(media);
  registerStacks(media);
  for (const c of media.commands) c.exitOverride();
}
