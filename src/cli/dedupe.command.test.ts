import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../analysis/linkage/csv-table.ts';
import { registerDedupe } from './dedupe.command.ts';

const CSV = [
  'transaction_id,sender_name,sender_dob,sender_city,sender_phone',
  't1,John Smith,1970-03-04,Leeds,+44 7700 900123',
  't2,"SMITH, Jon",1970-03-04,Leeds,07700 900123',
  't3,Anna Berg,1985-11-30,Malmo,',
  't4,Ana Berg,1985-11-30,Malmö,',
  't5,Peter Novak,1961-01-01,Graz,',
].join('\n');

async function run(args: string[]): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  try {
    const program = new Command('vigil').exitOverride();
    registerDedupe(program);
    await program.parseAsync(args, { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('vigil dedupe', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-dedupe-'));
  const file = join(dir, 'senders.csv');
  writeFileSync(file, CSV);
  afterEach(() => vi.restoreAllMocks());

  it('writes the rows with a cluster_id column', async () => {
    const out = join(dir, 'out.csv');
    const summary = await run(['dedupe', file, '--id', 'transaction_id', '--out', out, '--threshold', '0']);
    expect(summary).toMatch(/5 rows → 3 clusters/);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows[0]).toEqual([
      'transaction_id',
      'sender_name',
      'sender_dob',
      'sender_city',
      'sender_phone',
      'cluster_id',
    ]);
    const cluster = Object.fromEntries(rows.slice(1).map((r) => [r[0], r[5]]));
    expect(cluster.t1).toBe(cluster.t2);
    expect(cluster.t3).toBe(cluster.t4);
    expect(cluster.t5).toBe('t5');
  });
  it('prints one JSON document with assignments, parameters and links', async () => {
    const json = JSON.parse(
      await run(['dedupe', file, '--id', 'transaction_id', '--json', '--threshold', '0']),
    ) as {
      rows: number;
      assignments: Array<{ id: string; cluster_id: string }>;
      fields: unknown[];
      links: Array<{ breakdown: unknown[] }>;
    };
    expect(json.rows).toBe(5);
    expect(json.assignments).toHaveLength(5);
    expect(json.fields.length).toBeGreaterThan(3);
    expect(json.links[0]?.breakdown.length).toBeGreaterThan(3);
  });
  it('applies split decisions from a file', async () => {
    const decisions = join(dir, 'decisions.csv');
    writeFileSync(decisions, 'id_a,id_b,decision\nt1,t2,split\n');
    const json = JSON.parse(
      await run([
        'dedupe',
        file,
        '--id',
        'transaction_id',
        '--json',
        '--threshold',
        '0',
        '--decisions',
        decisions,
      ]),
    ) as { assignments: Array<{ id: string; cluster_id: string }> };
    const c = Object.fromEntries(json.assignments.map((a) => [a.id, a.cluster_id]));
    expect(c.t1).not.toBe(c.t2);
  });
  it('reads a gzipped CSV', async () => {
    const gz = join(dir, 'senders.csv.gz');
    writeFileSync(gz, gzipSync(CSV));
    const json = JSON.parse(await run(['dedupe', gz, '--id', 'transaction_id', '--json'])) as {
      rows: number;
    };
    expect(json.rows).toBe(5);
  });
  it('says which column is missing', async () => {
    await expect(run(['dedupe', file, '--id', 'nope'])).rejects.toThrow(/no column named "nope"/);
    await expect(run(['dedupe', file, '--id', 'transaction_id', '--threshold', 'x'])).rejects.toThrow(
      /--threshold/,
    );
  });
});
