import { createReadStream } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { resumeKey, type MediaResult } from '../media-result.ts';

/**
 * Resume keys of the results already in a JSONL results file (one `MediaResult` a line); a missing
 * file is an empty set, and a line cut short by an interrupted run is skipped (that file is redone).
 */
export async function readDoneKeys(path: string): Promise<Set<string>> {
  const done = new Set<string>();
  try {
    await access(path);
  } catch {
    return done;
  }
  const stream = createReadStream(path, { encoding: 'utf8' });
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as Partial<MediaResult>;
      if (typeof r.file === 'string' && typeof r.size === 'number' && typeof r.mtimeMs === 'number') {
        done.add(resumeKey({ file: r.file, size: r.size, mtimeMs: r.mtimeMs }));
      }
    } catch {
      // a torn last line from an interrupted run
    }
  }
  return done;
}

/** Appends results to a JSONL file, a batch at a time. */
export async function appendResults(path: string, results: readonly MediaResult[]): Promise<void> {
  if (results.length === 0) return;
  await appendFile(path, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
