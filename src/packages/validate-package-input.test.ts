import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPackages } from './build-packages.ts';
import { fixtureLead, fixtureNetwork, fixturePackageInput } from './package-fixtures.ts';
import type { PackageInput } from './package-input.ts';
import { loadOrCreateSigningKey } from './signing-key.ts';
import { validatePackageInput } from './validate-package-input.ts';

describe('country separation', () => {
  it("refuses a package holding another country's lead", () => {
    const input = fixturePackageInput('DE');
    const mixed: PackageInput = { ...input, leads: [...input.leads, { ...fixtureLead(9, 'FR'), rank: 4 }] };
    expect(() => validatePackageInput(mixed)).toThrow(/other countries' leads: .*\(FR\)/);
  });

  it("refuses a package holding another country's network", () => {
    const input: PackageInput = { ...fixturePackageInput('PH', []), networks: [fixtureNetwork('TH')] };
    expect(() => validatePackageInput(input)).toThrow(/other countries' networks/);
  });

  it('refuses bad country codes and duplicate leads', () => {
    expect(() => validatePackageInput({ ...fixturePackageInput('DE', []), country: 'Germany' })).toThrow(
      /ISO 3166/,
    );
    const input = fixturePackageInput('DE', [0]);
    expect(() => validatePackageInput({ ...input, leads: [...input.leads, ...input.leads] })).toThrow(
      /twice/,
    );
  });

  it('writes nothing when any input breaks the rule, and one folder per country otherwise', async () => {
    const root = await mkdtemp(join(tmpdir(), 'vigil-sep-'));
    const key = await loadOrCreateSigningKey(join(root, 'keys'));
    const good = fixturePackageInput('DE', [0, 1]);
    const bad: PackageInput = {
      ...fixturePackageInput('FR', [2]),
      leads: [{ ...fixtureLead(3, 'BE'), rank: 1 }],
    };
    await expect(buildPackages([good, bad], join(root, 'out'), key)).rejects.toThrow(
      /other countries' leads/,
    );
    await expect(readdir(join(root, 'out'))).rejects.toThrow();
    await expect(buildPackages([good, good], join(root, 'out'), key)).rejects.toThrow(/Two packages/);

    const built = await buildPackages([fixturePackageInput('FR', [2]), good], join(root, 'out'), key);
    expect(built.map((b) => b.country)).toEqual(['DE', 'FR']);
    expect((await readdir(join(root, 'out'))).sort()).toEqual(['DE', 'FR']);
    for (const b of built) {
      const rows = (await readFile(join(b.dir, 'leads.csv'), 'utf8')).trim().split('\r\n').slice(1);
      expect(rows.every((r) => r.split(',')[4] === b.country)).toBe(true);
    }
  });
});
