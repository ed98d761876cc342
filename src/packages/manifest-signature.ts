import { createPublicKey, sign, verify } from 'node:crypto';
import type { SigningKey } from './signing-key.ts';
import { keyIdOf } from './signing-key.ts';
import { MANIFEST_FILE } from './manifest.ts';

/** manifest.sig: an Ed25519 signature over the exact bytes of manifest.json, with the signer's public key. */
export interface ManifestSignature {
  readonly algorithm: 'Ed25519';
  readonly signed_file: typeof MANIFEST_FILE;
  /** SHA-256 hex of the public key's SPKI DER. */
  readonly key_id: string;
  /** SPKI DER, base64. */
  readonly public_key: string;
  /** 64 bytes, base64. */
  readonly signature: string;
}

function serialize(s: ManifestSignature): string {
  const ordered: ManifestSignature = {
    algorithm: s.algorithm,
    signed_file: s.signed_file,
    key_id: s.key_id,
    public_key: s.public_key,
    signature: s.signature,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Ed25519 is deterministic: the same manifest and key give the same manifest.sig. */
export function signManifest(manifestBytes: Uint8Array, key: SigningKey): string {
  const signature = sign(null, manifestBytes, key.privateKey);
  return serialize({
    algorithm: 'Ed25519',
    signed_file: MANIFEST_FILE,
    key_id: key.keyId,
    public_key: key.publicKeyDer.toString('base64'),
    signature: signature.toString('base64'),
  });
}

export type SignatureCheck =
  { readonly ok: true; readonly keyId: string } | { readonly ok: false; readonly problem: string };

function strictBase64(text: unknown): Buffer | null {
  if (typeof text !== 'string') return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

/**
 * Checks manifest.sig against manifest.json. The signature file must be exactly as Vigil writes it
 * (so no byte of it can change unnoticed) and the signature must verify under the key it carries.
 */
export function checkManifestSignature(manifestBytes: Uint8Array, sigBytes: Uint8Array): SignatureCheck {
  let parsed: Partial<ManifestSignature>;
  try {
    parsed = JSON.parse(Buffer.from(sigBytes).toString('utf8')) as Partial<ManifestSignature>;
  } catch {
    return {
      ok: false,
      problem: 'manifest.sig is not valid JSON: the signature file was changed or damaged',
    };
  }
  if (
    parsed.algorithm !== 'Ed25519' ||
    parsed.signed_file !== MANIFEST_FILE ||
    typeof parsed.key_id !== 'string'
  ) {
    return { ok: false, problem: 'manifest.sig is not an Ed25519 signature of manifest.json' };
  }
  const publicKeyDer = strictBase64(parsed.public_key);
  const signature = strictBase64(parsed.signature);
  if (publicKeyDer === null || signature === null || signature.length !== 64) {
    return { ok: false, problem: 'manifest.sig holds a malformed public key or signature' };
  }
  if (serialize(parsed as ManifestSignature) !== Buffer.from(sigBytes).toString('utf8')) {
    return {
      ok: false,
      problem: 'manifest.sig is not in the form Vigil writes: the signature file was changed',
    };
  }
  if (keyIdOf(publicKeyDer) !== parsed.key_id) {
    return { ok: false, problem: 'manifest.sig names a key id that does not match its public key' };
  }
  let valid: boolean;
  try {
    const publicKey = createPublicKey({ key: publicKeyDer, format: 'der', type: 'spki' });
    valid = publicKey.asymmetricKeyType === 'ed25519' && verify(null, manifestBytes, publicKey, signature);
  } catch {
    return { ok: false, problem: 'manifest.sig holds a public key that cannot be read' };
  }
  if (!valid) {
    return {
      ok: false,
      problem: 'the signature does not match manifest.json: the manifest or the signature was changed',
    };
  }
  return { ok: true, keyId: parsed.key_id };
}
