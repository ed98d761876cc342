import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../core/hash.ts';
import { buildManifest, serializeManifest } from './manifest.ts';
import { checkManifestSignature, signManifest } from './manifest-signature.ts';
import { fixtureNetwork, fixturePackageInput } from './package-fixtures.ts';
import type { PackageInput } from './package-input.ts';
import { buildPackageFiles } from './package-files.ts';
import { keyIdOf } from './signing-key.ts';
import type { SigningKey } from './signing-key.ts';

/**
 * Golden hashes: the manifest (which holds the SHA-256 of every file) of two fixture packages.
 * They must be the same on every machine, CPU, time zone and locale. Change them only on purpose,
 * when the package layout changes, and say so in the commit.
 */
const GOLDEN: readonly [string, PackageInput][] = [
  ['8b8e4df2d0d4151d3c77ff1a42070f43ebb4d2e38e626b4c1a531919a9e7da1b', fixturePackageInput('DE', [0, 7, 13])],
  [
    'f9dadff1935b2d5bba3cbc4287de1a374d6ea9109bebc2e16674725c6a3410c8',
    { ...fixturePackageInput('PH', []), networks: [fixtureNetwork('PH')] },
  ],
];

/** A fixed Ed25519 key (PKCS#8 around a 32-byte seed), for tests only. */
function fixedKey(): SigningKey {
  const seed = Buffer.alloc(32, 7);
  const privateKey = createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey);
  const publicKeyDer = publicKey.export({ type: 'spki', format: 'der' });
  return { dir: '/nonexistent', privateKey, publicKey, publicKeyDer, keyId: keyIdOf(publicKeyDer) };
}

describe('golden packages', () => {
  it.each(GOLDEN)('manifest %s', async (expected, input) => {
    const c = await buildPackageFiles(input);
    const files = [...c.files].map(([path, bytes]) => ({
      path,
      sha256: sha256Hex(bytes),
      bytes: bytes.length,
    }));
    const manifest = serializeManifest(buildManifest(c.input, c.markings, files));
    expect(sha256Hex(manifest)).toBe(expected);
    const sig = signManifest(Buffer.from(manifest), fixedKey());
    expect(signManifest(Buffer.from(manifest), fixedKey())).toBe(sig);
    expect(checkManifestSignature(Buffer.from(manifest), Buffer.from(sig))).toEqual({
      ok: true,
      keyId: fixedKey().keyId,
    });
  });
});
