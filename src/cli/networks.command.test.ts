import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { isVigilError } from '../core/errors.ts';
import type { NetworkSummary, SellerNetwork } from '../core/network-types.ts';
import { fixtureSellerNetwork } from '../store/networks-fixture.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { registerNetworks } from './networks.command.ts';

async function run(caseDir: string, args: string[]): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  try {
    const program = new Command('vigil').option('--case <dir>').option('--json').exitOverride();
    registerNetworks(program);
    await program.parseAsync(['--case', caseDir, ...args], { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('vigil networks and vigil network', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-networks-cli-'));

  it('says to analyse first when the case has no networks', async () => {
    const caseDir = join(dir, 'empty');
    await SqliteStore.open(caseDir).close();
    const err = await run(caseDir, ['networks']).catch((e: unknown) => e);
    expect(isVigilError(err) && err.message).toMatch(/run `vigil analyze` first/);
  });

  it('lists networks, candidates by rank, and shows one with its evidence', async () => {
    const caseDir = join(dir, 'case');
    const store = SqliteStore.open(caseDir);
    await store.networks.replace(
      [
        fixtureSellerNetwork('NW-000000000a'),
        fixtureSellerNetwork('NW-000000000c', { candidateRank: 2 }),
        fixtureSellerNetwork('NW-000000000b', { candidateRank: 1 }),
      ],
      { at: 1, ingestRun: null },
    );
    await store.close();
    const all = JSON.parse(await run(caseDir, ['networks', '--json'])) as { networks: NetworkSummary[] };
    expect(all.networks.map((n) => n.network_id)).toEqual([
      'NW-000000000a',
      'NW-000000000b',
      'NW-000000000c',
    ]);
    const cand = JSON.parse(await run(caseDir, ['networks', '--candidates', '--json'])) as {
      networks: SellerNetwork[];
    };
    expect(cand.networks.map((n) => n.candidate?.rank)).toEqual([1, 2]);
    expect(await run(caseDir, ['networks', '--candidates'])).toMatch(/^rank.*\n\s+1\s+NW-000000000b/);
    const one = await run(caseDir, ['network', 'NW-000000000b']);
    expect(one).toContain('CANDIDATE #1');
    expect(one).toContain('S1: receives from 12 unrelated senders abroad  [transaction:NW-000000000b-t1]');
    expect(one).toContain('Cebu City  receiver_city  3 observation(s)');
    const err = await run(caseDir, ['network', 'NW-nope']).catch((e: unknown) => e);
    expect(isVigilError(err) && err.message).toMatch(/No network NW-nope/);
  });
});
