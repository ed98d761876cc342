import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPackage } from './build-package.ts';
import { fixtureNetwork, fixturePackageInput } from './package-fixtures.ts';
import type { Manifest } from './manifest.ts';
import type { PackageInput } from './package-input.ts';
import { PRIVATE_KEY_FILE, loadOrCreateSigningKey } from './signing-key.ts';

/** The same input with every list reversed: the order the store returns rows in must not matter. */
function shuffled(input: PackageInput): PackageInput {
  return {
    ...input,
    leads: [...input.leads].reverse().map((l) => ({
      ...l,
      payments: [...l.payments].reverse(),
      ip_events: [...l.ip_events].reverse(),
      chat_excerpts: [...l.chat_excerpts].reverse(),
      reasons: [...l.reasons].reverse(),
      identity: { ...l.identity, names: [...l.identity.names].reverse() },
    })),
    sourceFiles: [...input.sourceFiles].reverse(),
  };
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const f of (await readdir(dir)).sort()) out.set(f, await readFile(join(dir, f)));
  return out;
}

describe('buildPackage', () => {
  it('writes the package files and two builds are byte-identical, whatever the input order', async () => {
    const root = await mkdtemp(join(tmpdir(), 'vigil-det-'));
    const key = await loadOrCreateSigningKey(join(root, 'keys'));
    const input: PackageInput = { ...fixturePackageInput('DE', [0, 5, 10, 15, 20]), networks: [] };
    const a = await buildPackage(input, join(root, 'a', 'DE'), key);
    const b = await buildPackage(shuffled(input), join(root, 'b', 'DE'), key);
    const fa = await filesOf(a.dir);
    const fb = await filesOf(b.dir);
    expect([...fa.keys()]).toEqual([
      'entities.json',
      'ip_events.csv',
      'leads.csv',
      'manifest.json',
      'manifest.sig',
      'media.csv',
      'report.pdf',
      'transactions.csv',
    ]);
    for (const [name, bytes] of fa) expect(bytes.equals(fb.get(name)!), name).toBe(true);
    expect(a.manifestSha256).toBe(b.manifestSha256);

    const pdf = fa.get('report.pdf')!.toString('latin1');
    expect(pdf).not.toMatch(/CreationDate|ModDate|xmp:CreateDate/);
    expect(pdf).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);

    const manifest = JSON.parse(fa.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest.case.id).toBe('case-fixture-001');
    expect(manifest.vigil_version).toBe('0.1.0');
    expect(manifest.leads).toEqual(input.leads.map((l) => l.person_id));
    expect(manifest.source_files.map((f) => f.path)).toEqual([
      'ip_events.csv',
      'messages.csv',
      'transactions.csv',
    ]);
    expect(manifest.files.map((f) => f.path)).toEqual([
      'entities.json',
      'ip_events.csv',
      'leads.csv',
      'media.csv',
      'report.pdf',
      'transactions.csv',
    ]);
    expect(manifest.markings).toMatchObject({ handling_code: 'H1', tlp: 'AMBER' });
    expect(manifest.override).toBeNull();
  });

  it('records an override and rebuilds over an existing package', async () => {
    const root = await mkdtemp(join(tmpdir(), 'vigil-ovr-'));
    const key = await loadOrCreateSigningKey(join(root, 'keys'));
    const dir = join(root, 'out', 'PH-network-1');
    await buildPackage({ ...fixturePackageInput('PH', []), networks: [fixtureNetwork('PH')] }, dir, key);
    const built = await buildPackage(
      {
        ...fixturePackageInput('PH', []),
        networks: [fixtureNetwork('PH', 'RED')],
        override: 'approved by the case lead on 2026-11-20',
      },
      dir,
      key,
    );
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.override).toBe('approved by the case lead on 2026-11-20');
    expect(manifest.markings.tlp).toBe('RED');
    expect(built.networks).toHaveLength(1);
  });

  it('keeps the private key at mode 0600 outside the package and refuses overlapping folders', async () => {
    const root = await mkdtemp(join(tmpdir(), 'vigil-key-'));
    const key = await loadOrCreateSigningKey(join(root, 'keys'));
    expect((await stat(join(root, 'keys', PRIVATE_KEY_FILE))).mode & 0o777).toBe(0o600);
    const again = await loadOrCreateSigningKey(join(root, 'keys'));
    expect(again.keyId).toBe(key.keyId);
    await expect(buildPackage(fixturePackageInput('DE', [0]), join(root, 'keys', 'DE'), key)).rejects.toThrow(
      /overlap/,
    );
    const built = await buildPackage(fixturePackageInput('DE', [0]), join(root, 'out', 'DE'), key);
    const contents = await Promise.all(
      (await readdir(built.dir)).map((f) => readFile(join(built.dir, f), 'utf8')),
    );
    expect(contents.some((c) => c.includes('PRIVATE KEY'))).toBe(false);
  });

  it('refuses a key file others can read', async () => {
    const { chmod } = await import('node:fs/promises');
    const root = await mkdtemp(join(tmpdir(), 'vigil-key-'));
    await loadOrCreateSigningKey(join(root, 'keys'));
    await chmod(join(root, 'keys', PRIVATE_KEY_FILE), 0o644);
    await expect(loadOrCreateSigningKey(join(root, 'keys'))).rejects.toThrow(/chmod 600/);
  });
});
