import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerPackage } from '../cli/package.command.ts';
import type { PackageRequest } from '../cli/package.command.ts';
import { registerVerify } from '../cli/verify.command.ts';
import type { BuiltPackage } from './build-package.ts';
import { fixturePackageInput } from './package-fixtures.ts';

/** Runs `vigil ARGS` against a program holding only the package and verify commands. */
async function run(
  args: string[],
  built: BuiltPackage[] = [],
  requests: PackageRequest[] = [],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const program = new Command('vigil').exitOverride().configureOutput({ writeErr: (s) => (err += s) });
  registerVerify(program);
  registerPackage(program, {
    loadInputs: (_cmd, request) => {
      requests.push(request);
      const countries = request.countries === 'all' ? ['DE', 'FR'] : request.countries;
      return Promise.resolve(
        countries.map((c, i) => ({
          ...fixturePackageInput(c, [i, i + 2]),
          ...(request.override ? { override: request.override } : {}),
        })),
      );
    },
    onBuilt: (_cmd, b) => {
      built.push(b);
      return Promise.resolve();
    },
  });
  for (const c of program.commands) c.exitOverride();
  process.exitCode = undefined;
  let code = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (x) {
    if (!(x instanceof CommanderError)) throw x;
    code = x.exitCode;
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
  return { code, out, err };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('vigil package and vigil verify', () => {
  it('builds per-country folders, reports them as JSON, and verify exits 0 then 1 with one line per problem', async () => {
    const root = await mkdtemp(join(tmpdir(), 'vigil-cli-'));
    const built: BuiltPackage[] = [];
    const requests: PackageRequest[] = [];
    const out = join(root, 'out');
    const r = await run(
      [
        'package',
        '--out',
        out,
        '--all',
        '--keys',
        join(root, 'keys'),
        '--override',
        'case lead approval 17',
        '--json',
      ],
      built,
      requests,
    );
    expect(r.code).toBe(0);
    expect(requests).toEqual([{ countries: 'all', override: 'case lead approval 17' }]);
    const doc = JSON.parse(r.out) as {
      key_id: string;
      packages: { country: string; manifest_sha256: string }[];
    };
    expect(doc.packages.map((p) => p.country)).toEqual(['DE', 'FR']);
    expect(built.map((b) => b.manifestSha256)).toEqual(doc.packages.map((p) => p.manifest_sha256));
    expect(JSON.parse(await readFile(join(out, 'FR', 'manifest.json'), 'utf8')).override).toBe(
      'case lead approval 17',
    );

    const ok = await run(['verify', join(out, 'DE')]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`intact, 6 files match manifest.json, signed by key ${doc.key_id}`);

    const csv = join(out, 'DE', 'leads.csv');
    await writeFile(csv, (await readFile(csv, 'utf8')).replace('DE', 'FR'));
    await writeFile(join(out, 'DE', 'extra.txt'), 'x');
    const bad = await run(['verify', join(out, 'DE')]);
    expect(bad.code).toBe(1);
    const lines = bad.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/DE\/leads\.csv: changed: /);
    expect(lines[1]).toMatch(/DE\/extra\.txt: extra: /);
  });

  it('is a usage error (exit 2) without --country or --all', async () => {
    const root = await mkdtemp(join(tmpdir(), 'vigil-cli-'));
    expect((await run(['package', '--out', join(root, 'out'), '--keys', join(root, 'keys')])).code).toBe(2);
    const one = await run([
      'package',
      '--out',
      join(root, 'out'),
      '--country',
      'nl',
      '--keys',
      join(root, 'keys'),
    ]);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/^country/);
    expect(one.out).toContain('NL');
  });
});
