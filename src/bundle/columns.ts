import { VigilError } from '../core/errors.ts';

/** `--map col=Header,...`: canonical column name → the header the file uses instead (lower-cased). */
export type ColumnMap = ReadonlyMap<string, string>;

export function parseColumnMap(spec: string | undefined): ColumnMap {
  const map = new Map<string, string>();
  if (spec === undefined || spec.trim() === '') return map;
  for (const pair of spec.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1)
      throw new VigilError(`--map expects col=Header pairs separated by commas, and "${pair}" is not one.`);
    map.set(
      pair.slice(0, eq).trim().toLowerCase(),
      pair
        .slice(eq + 1)
        .trim()
        .toLowerCase(),
    );
  }
  return map;
}

/** Reads a row's fields by canonical name, through the column map. */
export class Fields {
  constructor(
    private readonly values: ReadonlyMap<string, unknown>,
    private readonly map: ColumnMap,
  ) {}

  private raw(name: string): unknown {
    const mapped = this.map.get(name);
    if (mapped !== undefined) return this.values.get(mapped);
    return this.values.get(name);
  }

  /** Trimmed text, or null when absent or empty. */
  text(name: string): string | null {
    const v = this.raw(name);
    if (v === undefined || v === null) return null;
    const s = (
      typeof v === 'string'
        ? v
        : typeof v === 'number' || typeof v === 'boolean'
          ? String(v)
          : JSON.stringify(v)
    ).trim();
    return s === '' ? null : s;
  }

  /** A `;`-separated list (or a JSON array), items trimmed, empty items dropped. */
  list(name: string): string[] {
    const v = this.raw(name);
    if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter((x) => x !== '');
    const s = this.text(name);
    if (s === null) return [];
    return s
      .split(';')
      .map((x) => x.trim())
      .filter((x) => x !== '');
  }
}
