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
  ['ef9b87b9599c2e0ac4886e87a1ad3d22a3dbc23804b158a6b899d926c593815d', fixturePackageInput('DE', [0, 7, 13])],
  [
    'e6ae718456fb21520ecf2c575525b23214f42c2e6439472ba8a2aeb8b159b050',
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
