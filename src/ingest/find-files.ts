import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { VigilError } from '../core/errors.ts';
import type { RecordKind } from '../core/records.ts';
import { classifyFile, type FileClass } from '../bundle/file-kind.ts';

export interface FoundFile {
  readonly path: string;
  /** Path relative to the bundle root, as reports show it. */
  readonly rel: string;
  readonly class: FileClass;
}

/** Every file under the given bundles or files, sorted, each with what it is. */
export function findFiles(paths: readonly string[], forcedKind?: RecordKind): FoundFile[] {
  const out: FoundFile[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new VigilError(`${p} does not exist.`);
    }
    if (st.isDirectory()) {
      for (const file of walk(p)) {
        const rel = relative(p, file).split('\\').join('/');
        out.push({ path: file, rel, class: classifyFile(rel, forcedKind) });
      }
    } else {
      const rel = basename(p);
      out.push({ path: p, rel, class: classifyFile(rel, forcedKind) });
    }
  }
  return out;
}

function walk(dir: string): string[] {
  const files: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) files.push(...walk(full));
    else if (e.isFile()) files.push(full);
  }
  return files;
}
