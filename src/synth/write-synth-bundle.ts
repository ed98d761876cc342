/**
 * `writeSynthBundle`: builds the world for a seed and scale and writes the case bundle with its
 * truth. Same seed and scale, byte-identical output.
 */
import { mkdir } from 'node:fs/promises';
import { BadRowPlanter } from './bad-rows.ts';
import { buildWorld } from './build-world.ts';
import { SCALE_PARAMS, type Scale } from './scale.ts';
import type { PersonKind } from './world-types.ts';
import { writeAccounts } from './write-accounts.ts';
import { writeIpEvents } from './write-ip-events.ts';
import { writeLocations } from './write-locations.ts';
import { writeMessages } from './write-messages.ts';
import { writeTransactions } from './write-transactions.ts';
import { writeTruth } from './write-truth.ts';

export interface SynthOptions {
  readonly out: string;
  readonly scale: Scale;
  readonly seed: number;
  readonly badRows: boolean;
}

export interface SynthSummary {
  readonly out: string;
  readonly scale: Scale;
  readonly seed: number;
  /** Data rows per file (header excluded), bundle and truth; planted bad rows included. */
  readonly files: Record<string, number>;
  readonly persons_by_kind: Partial<Record<PersonKind, number>>;
  readonly networks: { readonly total: number; readonly unknown: number; readonly active: number };
  readonly leads: number;
  readonly urgent: number;
  readonly bad_rows: number;
  readonly seconds: number;
}

export async function writeSynthBundle(opts: SynthOptions): Promise<SynthSummary> {
  const started = performance.now();
  await mkdir(opts.out, { recursive: true });
  const world = buildWorld(opts.seed, opts.scale);
  const planter = new BadRowPlanter(opts.badRows);
  const files: Record<string, number> = {};
  files['accounts.csv'] = await writeAccounts(opts.out, world, planter);
  files['transactions.csv'] = await writeTransactions(opts.out, world, planter);
  files['ip_events.csv'] = await writeIpEvents(opts.out, world, planter);
  files['locations.csv'] = await writeLocations(opts.out, world, planter);
  const messages = await writeMessages(opts.out, world, SCALE_PARAMS[opts.scale], planter);
  for (const f of messages.files) files[f.name] = f.rows;
  const planted = [...planter.planted].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
  );
  Object.assign(files, await writeTruth(opts.out, world, opts.badRows ? planted : null));
  const byKind: Partial<Record<PersonKind, number>> = {};
  for (const p of world.persons) byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;
  return {
    out: opts.out,
    scale: opts.scale,
    seed: opts.seed,
    files,
    persons_by_kind: byKind,
    networks: {
      total: world.networks.length,
      unknown: world.networks.filter((n) => !n.known).length,
      active: world.networks.filter((n) => n.active).length,
    },
    leads: world.persons.filter((p) => p.isLead).length,
    urgent: world.persons.filter((p) => p.urgentReasons.length > 0).length,
    bad_rows: planted.length,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
