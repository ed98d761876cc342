import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface WalkedFile {
  path: string;
  /** Relative to the root, with forward slashes. */
  rel: string;
  size: number;
  mtimeMs: number;
}

/** Regular files under a folder, depth first in name order; symlinks are not followed (no loops). */
export async function* walkFiles(root: string): AsyncGenerator<WalkedFile> {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) subdirs.push(path);
      else if (e.isFile()) {
        try {
          const st = await stat(path);
          yield { path, rel: relative(root, path).split(sep).join('/'), size: st.size, mtimeMs: st.mtimeMs };
        } catch {
          // vanished between listing and stat
        }
      }
    }
    stack.push(...subdirs.reverse());
  }
}
