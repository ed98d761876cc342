import type { Command } from 'commander';
import { caseDir, env } from '../core/config.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';

export interface GlobalOptions {
  readonly case?: string;
  readonly store?: string;
  readonly json?: boolean;
}

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

/** Opens the case named by --case / --store (or the environment), runs `fn`, always closes it. */
export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const g = globals(cmd);
  const store = openStore(caseDir(g.case), g.store ?? env().VIGIL_STORE);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Writes one JSON document to stdout, and nothing else there. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function print(line = ''): void {
  process.stdout.write(line + '\n');
}

/** A plain text table: columns padded to their widest cell. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => (typeof rows[0]?.[i] === 'number' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
