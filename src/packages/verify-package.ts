import { lstat, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../core/hash.ts';
import { MANIFEST_FILE, MANIFEST_FORMAT, SIGNATURE_FILE } from './manifest.ts';
import type { ManifestFile } from './manifest.ts';
import { checkManifestSignature } from './manifest-signature.ts';

export interface VerifyProblem {
  /** Path inside the package ('manifest.sig', 'report.pdf', …), or '.' for the folder itself. */
  readonly file: string;
  readonly problem: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly problems: readonly VerifyProblem[];
  /** The signing key's id when the signature is valid. */
  readonly keyId: string | null;
  /** Files the manifest lists. */
  readonly files: number;
}

export interface VerifyOptions {
  /** When given, the signature must also come from one of these key ids. */
  readonly trustedKeyIds?: readonly string[];
}

/** Every path under `dir`, relative with '/'; anything that is not a regular file or folder is reported. */
async function walk(dir: string, prefix = ''): Promise<{ files: string[]; odd: string[] }> {
  const files: string[] = [];
  const odd: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      const sub = await walk(dir, rel);
      files.push(...sub.files);
      odd.push(...sub.odd);
    } else if (entry.isFile()) files.push(rel);
    else odd.push(rel);
  }
  return { files, odd };
}

function listedFiles(manifest: unknown): ManifestFile[] | null {
  if (typeof manifest !== 'object' || manifest === null) return null;
  const m = manifest as { format?: unknown; files?: unknown };
  if (m.format !== MANIFEST_FORMAT || !Array.isArray(m.files)) return null;
  const files: ManifestFile[] = [];
  for (const f of m.files as unknown[]) {
    const x = f as Partial<ManifestFile> | null;
    if (typeof x?.path !== 'string' || typeof x.sha256 !== 'string' || typeof x.bytes !== 'number')
      return null;
    files.push({ path: x.path, sha256: x.sha256, bytes: x.bytes });
  }
  return files;
}

function safePath(p: string): boolean {
  return (
    p !== '' &&
    !p.startsWith('/') &&
    !p.split('/').some((s) => s === '..' || s === '.' || s === '') &&
    p !== MANIFEST_FILE &&
    p !== SIGNATURE_FILE
  );
}

/**
 * Checks a package folder: manifest.sig must be a valid Ed25519 signature of manifest.json's
 * exact bytes, every file manifest.json lists must be present with the same size and SHA-256, and
 * no other file may be there. Says which file or which signature fails, one problem per line.
 */
export async function verifyPackage(dir: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const problems: VerifyProblem[] = [];
  const fail = (file: string, problem: string): VerifyResult => ({
    ok: false,
    problems: [...problems, { file, problem }],
    keyId: null,
    files: 0,
  });
  const st = await lstat(dir).catch(() => null);
  if (st === null || !st.isDirectory()) return fail('.', `${dir} is not a folder`);

  const manifestBytes = await readFile(join(dir, MANIFEST_FILE)).catch(() => null);
  const sigBytes = await readFile(join(dir, SIGNATURE_FILE)).catch(() => null);
  if (sigBytes === null)
    problems.push({ file: SIGNATURE_FILE, problem: 'missing: the package is not signed' });
  if (manifestBytes === null) return fail(MANIFEST_FILE, 'missing: nothing to check the files against');

  let keyId: string | null = null;
  if (sigBytes !== null) {
    const check = checkManifestSignature(manifestBytes, sigBytes);
    if (check.ok) {
      keyId = check.keyId;
      if (options.trustedKeyIds !== undefined && !options.trustedKeyIds.includes(check.keyId)) {
        problems.push({
          file: SIGNATURE_FILE,
          problem: `signed by key ${check.keyId}, which is not a trusted key`,
        });
      }
    } else problems.push({ file: SIGNATURE_FILE, problem: check.problem });
  }

  let listed: ManifestFile[] | null = null;
  try {
    listed = listedFiles(JSON.parse(manifestBytes.toString('utf8')));
  } catch {
    listed = null;
  }
  if (listed === null)
    return fail(MANIFEST_FILE, 'not a Vigil package manifest (unreadable or wrong format)');

  const { files: present, odd } = await walk(dir);
  for (const p of odd)
    problems.push({ file: p, problem: 'not a regular file (link or device); packages hold only files' });
  const expected = new Map<string, ManifestFile>();
  for (const f of listed) {
    if (!safePath(f.path))
      problems.push({ file: MANIFEST_FILE, problem: `lists an unsafe path '${f.path}'` });
    else expected.set(f.path, f);
  }
  const seen = new Set(present);
  for (const [path, f] of [...expected].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!seen.has(path)) {
      problems.push({ file: path, problem: 'missing: listed in the manifest but not in the folder' });
      continue;
    }
    const bytes = await readFile(join(dir, path));
    const sha = sha256Hex(bytes);
    if (sha !== f.sha256 || bytes.length !== f.bytes) {
      problems.push({
        file: path,
        problem: `changed: ${bytes.length} bytes with SHA-256 ${sha}, the manifest says ${f.bytes} bytes with ${f.sha256}`,
      });
    }
  }
  for (const path of [...present].sort()) {
    if (path !== MANIFEST_FILE && path !== SIGNATURE_FILE && !expected.has(path)) {
      problems.push({ file: path, problem: 'extra: in the folder but not in the manifest' });
    }
  }
  return {
    ok: problems.length === 0,
    problems,
    keyId: problems.length === 0 ? keyId : null,
    files: expected.size,
  };
}
