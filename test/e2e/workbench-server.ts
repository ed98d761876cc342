import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeNeutralBundle } from '../../src/server/testing/neutral-bundle.ts';

const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VIGIL = join(ROOT, 'bin/vigil.js');

export const E2E_PASSWORD = 'e2e password 2021';
export const E2E_USERS = [
  ['admin', 'admin', ''],
  ['analyst', 'analyst', ''],
  ['liaison.de', 'liaison', 'DE'],
] as const;

/** Runs `vigil ARGS` against a case; resolves with stdout, rejects on a non-zero exit. */
export async function vigil(caseDir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [VIGIL, '--case', caseDir, ...args], { cwd: ROOT });
  return stdout;
}

/** Builds the web app when web/dist is missing (a fresh clone), so the server has something to serve. */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(ROOT, 'web/dist/index.html'))) return;
  await run(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'],
    {
      cwd: ROOT,
    },
  );
}

export interface E2eCase {
  readonly dir: string;
  readonly caseDir: string;
  remove(): void;
}

/** A case built as a user would: the neutral bundle ingested and the users added through the CLI. */
export async function buildE2eCase(): Promise<E2eCase> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
  const caseDir = join(dir, 'case');
  await vigil(caseDir, 'ingest', writeNeutralBundle(join(dir, 'bundle')), '--json');
  const pw = join(dir, 'password.txt');
  writeFileSync(pw, `${E2E_PASSWORD}\n`);
  await Promise.all(
    E2E_USERS.map(([u, role, cc]) =>
      vigil(
        caseDir,
        'user',
        'add',
        '--username',
        u,
        '--password-file',
        pw,
        '--role',
        role,
        ...(cc === '' ? [] : ['--country', cc]),
      ),
    ),
  );
  return { dir, caseDir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Served {
  readonly url: string;
  stop(): Promise<void>;
}

/** `vigil serve --port 0` as a child process (with `env`, e.g. another HOME); resolves with the URL it prints. */
export function serve(caseDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Served> {
  const child: ChildProcess = spawn(
    process.execPath,
    [VIGIL, '--case', caseDir, 'serve', '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vigil serve did not start: ${out}${err}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m === null) return;
      clearTimeout(timer);
      resolve({
        url: m[1]!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vigil serve exited (${code}): ${err}`));
    });
  });
}
