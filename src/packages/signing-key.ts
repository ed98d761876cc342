import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sha256Hex } from '../core/hash.ts';
import { VigilError } from '../core/errors.ts';

export const PRIVATE_KEY_FILE = 'vigil-signing.ed25519.key';
export const PUBLIC_KEY_FILE = 'vigil-signing.ed25519.pub';

/** The installation's Ed25519 signing key. Never written into a package. */
export interface SigningKey {
  /** The key folder, resolved. */
  readonly dir: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** SubjectPublicKeyInfo DER, as embedded in manifest.sig. */
  readonly publicKeyDer: Buffer;
  /** SHA-256 hex of publicKeyDer: how a recipient names the key it trusts. */
  readonly keyId: string;
}

export function keyIdOf(publicKeyDer: Uint8Array): string {
  return sha256Hex(publicKeyDer);
}

function fromPrivate(dir: string, privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const publicKeyDer = publicKey.export({ type: 'spki', format: 'der' });
  return { dir, privateKey, publicKey, publicKeyDer, keyId: keyIdOf(publicKeyDer) };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Loads the signing key from `dir` (e.g. ~/.vigil/keys or a folder inside the case), making a new
 * Ed25519 pair there on first use: private key PKCS#8 PEM with mode 0600 in a 0700 folder, public
 * key SPKI PEM beside it. Refuses a private key file that others can read.
 */
export async function loadOrCreateSigningKey(dir: string): Promise<SigningKey> {
  const root = resolve(dir);
  const privPath = join(root, PRIVATE_KEY_FILE);
  const pubPath = join(root, PUBLIC_KEY_FILE);
  if (!(await exists(privPath))) {
    await mkdir(root, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
    try {
      // 'wx': never overwrite a key another process made a moment ago.
      await writeFile(privPath, pem, { mode: 0o600, flag: 'wx' });
      await chmod(privPath, 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const mode = (await stat(privPath)).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new VigilError(
      `The signing key ${privPath} can be read by other users (mode ${mode.toString(8)}); run chmod 600 on it.`,
      403,
      'key_permissions',
    );
  }
  const key = fromPrivate(root, createPrivateKey(await readFile(privPath)));
  if (!(await exists(pubPath))) {
    await writeFile(pubPath, key.publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
  }
  return key;
}
