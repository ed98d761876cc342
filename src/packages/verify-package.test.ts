import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from './build-package.ts';
import { signManifest } from './manifest-signature.ts';
import { fixturePackageInput } from './package-fixtures.ts';
import { loadOrCreateSigningKey } from './signing-key.ts';
import type { SigningKey } from './signing-key.ts';
import { verifyPackage } from './verify-package.ts';

let root: string;
let pristine: string;
let key: SigningKey;
let files: string[];
let n = 0;

/** A fresh copy of the built package to damage. */
async function copy(): Promise<string> {
  const dir = join(root, `copy-${n++}`);
  await cp(pristine, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'vigil-verify-'));
  key = await loadOrCreateSigningKey(join(root, 'keys'));
  pristine = join(root, 'DE');
  await buildPackage(fixturePackageInput('DE', [0, 1, 2]), pristine, key);
  files = (await readdir(pristine)).sort();
});

describe('verifyPackage', () => {
  it('passes an intact package', async () => {
    const r = await verifyPackage(pristine);
    expect(r).toEqual({ ok: true, problems: [], keyId: key.keyId, files: 6 });
    expect((await verifyPackage(pristine, { trustedKeyIds: [key.keyId] })).ok).toBe(true);
  });

  it('fails on a flipped byte anywhere in any file, naming the file', async () => {
    for (const file of files) {
      const original = await readFile(join(pristine, file));
      const positions = [
        0,
        Math.floor(original.length / 3),
        Math.floor(original.length / 2),
        original.length - 1,
      ];
      for (const at of positions) {
        for (const mask of [0x01, 0x80]) {
          const dir = await copy();
          const damaged = Buffer.from(original);
          damaged[at] = damaged[at]! ^ mask;
          await writeFile(join(dir, file), damaged);
          const r = await verifyPackage(dir);
          expect(r.ok, `${file}@${at}^${mask}`).toBe(false);
          const blamed = r.problems.map((p) => p.file);
          // A changed content file is named; a changed manifest breaks the signature.
          if (file === 'manifest.json') expect(blamed).toContain('manifest.sig');
          else expect(blamed, `${file}@${at}`).toContain(file);
          await rm(dir, { recursive: true });
        }
      }
    }
  });

  it('fails on a flipped bit in every byte of manifest.json and manifest.sig', async () => {
    for (const file of ['manifest.json', 'manifest.sig']) {
      const original = await readFile(join(pristine, file));
      const dir = await copy();
      for (let at = 0; at < original.length; at++) {
        const damaged = Buffer.from(original);
        damaged[at] = damaged[at]! ^ 0x01;
        await writeFile(join(dir, file), damaged);
        const r = await verifyPackage(dir);
        expect(r.ok, `${file} byte ${at}`).toBe(false);
        expect(
          r.problems.map((p) => p.file),
          `${file} byte ${at}`,
        ).toContain('manifest.sig');
      }
    }
  });

  it('fails on a deleted file, naming it', async () => {
    for (const file of files) {
      const dir = await copy();
      await rm(join(dir, file));
      const r = await verifyPackage(dir);
      expect(r.ok).toBe(false);
      expect(r.problems.map((p) => p.file)).toContain(file);
    }
  });

  it('fails on an added file or folder, naming it', async () => {
    const dir = await copy();
    await writeFile(join(dir, 'notes.txt'), 'added later\n');
    await mkdir(join(dir, 'extra'));
    await writeFile(join(dir, 'extra', 'x.bin'), 'x');
    await symlink(join(dir, 'report.pdf'), join(dir, 'link.pdf'));
    const r = await verifyPackage(dir);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.file).sort()).toEqual(['extra/x.bin', 'link.pdf', 'notes.txt']);
  });

  it('fails on an edited manifest, even one that matches edited files', async () => {
    const dir = await copy();
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    manifest.markings.tlp = 'GREEN';
    await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const r = await verifyPackage(dir);
    expect(r.problems).toEqual([
      { file: 'manifest.sig', problem: expect.stringMatching(/does not match manifest.json/) },
    ]);
  });

  it('accepts a re-signed package only when the signer is not required to be trusted', async () => {
    const dir = await copy();
    const other = await loadOrCreateSigningKey(join(root, 'other-keys'));
    await writeFile(
      join(dir, 'manifest.sig'),
      signManifest(await readFile(join(dir, 'manifest.json')), other),
    );
    expect((await verifyPackage(dir)).ok).toBe(true);
    const r = await verifyPackage(dir, { trustedKeyIds: [key.keyId] });
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.problem).toMatch(/not a trusted key/);
  });

  it('fails on a missing manifest or signature and on a folder that is not there', async () => {
    const a = await copy();
    await rm(join(a, 'manifest.sig'));
    expect((await verifyPackage(a)).problems).toEqual([
      { file: 'manifest.sig', problem: expect.stringMatching(/missing/) },
    ]);
    const b = await copy();
    await rm(join(b, 'manifest.json'));
    expect((await verifyPackage(b)).problems.map((p) => p.file)).toContain('manifest.json');
    expect((await verifyPackage(join(root, 'nope'))).ok).toBe(false);
  });
});
