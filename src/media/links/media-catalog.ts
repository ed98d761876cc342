/** What the catalog needs of a file: its path under `media/` and its SHA-256. */
export interface CatalogEntry {
  readonly file: string;
  readonly sha256: string;
}

/**
 * Finds scanned media by the references the bundle uses: a path under `media/` (from `media*.csv`
 * or a message attachment), a bare file name when it is unambiguous, or a SHA-256 value.
 */
export class MediaCatalog<T extends CatalogEntry = CatalogEntry> {
  private readonly byPath = new Map<string, T>();
  private readonly byName = new Map<string, T[]>();
  private readonly bySha256 = new Map<string, T>();

  constructor(results: Iterable<T>) {
    for (const r of results) this.add(r);
  }

  add(r: T): void {
    const path = normalPath(r.file);
    this.byPath.set(path, r);
    const name = path.slice(path.lastIndexOf('/') + 1);
    const list = this.byName.get(name);
    if (list) list.push(r);
    else this.byName.set(name, [r]);
    if (r.sha256) this.bySha256.set(r.sha256, r);
  }

  /** The media a reference names, or undefined (unknown, or a bare name shared by several files). */
  resolve(reference: string): T | undefined {
    const ref = reference.trim();
    if (/^[0-9a-fA-F]{64}$/.test(ref)) {
      const hit = this.bySha256.get(ref.toLowerCase());
      if (hit) return hit;
    }
    const path = normalPath(ref);
    const exact = this.byPath.get(path);
    if (exact) return exact;
    const named = this.byName.get(path.slice(path.lastIndexOf('/') + 1));
    return named?.length === 1 ? named[0] : undefined;
  }
}

/** `media/a\b.jpg`, `./a/b.jpg` and `a/b.jpg` all name `a/b.jpg`. */
function normalPath(p: string): string {
  return p
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^media\//i, '');
}
