import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { ingest } from '../../ingest/ingest.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { buildApp, type AppOptions } from '../app.ts';
import { AuditService } from '../audit.service.ts';
import type { Services } from '../services.ts';
import { inlineReader } from '../read-model/inline-reader.ts';
import { addUser } from '../user.service.ts';
import { writeNeutralBundle } from './neutral-bundle.ts';

/** Every test user's password. */
export const PASSWORD = 'correct horse battery';

export const TEST_USERS = [
  { username: 'admin', role: 'admin', countries: [] },
  { username: 'analyst', role: 'analyst', countries: [] },
  { username: 'liaison.de', role: 'liaison', countries: ['DE'] },
] as const;

export interface TestCase {
  readonly dir: string;
  readonly store: SqliteStore;
  /** Removes the folder; close the store and app first. */
  remove(): void;
}

/** A case folder with the neutral bundle ingested and the test users added. */
export async function testCase(): Promise<TestCase> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-server-'));
  const store = SqliteStore.open(join(dir, 'case'));
  await ingest(store, [writeNeutralBundle(join(dir, 'bundle'))], { worker: false });
  const audit = new AuditService(store.audit);
  for (const u of TEST_USERS) await addUser(store.users, audit, { ...u, password: PASSWORD }, 'test');
  return { dir, store, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function testApp(
  store: SqliteStore,
  options: Partial<AppOptions> = {},
): Promise<{ app: FastifyInstance; services: Services }> {
  return buildApp({ store, reader: inlineReader(store.db), webRoot: null, log: () => undefined, ...options });
}

/** A browser stand-in over `inject`: keeps cookies, and sends the CSRF cookie back as the header. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  csrf = true;

  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = '10.0.0.1',
  ) {}

  async request(method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const token = this.cookies.get('vigil_csrf');
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        ...(cookie === '' ? {} : { cookie }),
        ...(this.csrf && token !== undefined ? { 'x-csrf-token': token } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
    });
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires !== undefined && c.expires.getTime() < Date.now()))
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }

  post(url: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request('POST', url, body, headers);
  }

  /** Fetches a CSRF cookie, then logs in. */
  async login(username: string, password = PASSWORD) {
    if (!this.cookies.has('vigil_csrf')) await this.get('/api/health');
    return this.post('/api/auth/login', { username, password });
  }
}

export function writePasswordFile(dir: string, password = PASSWORD): string {
  const f = join(dir, 'password.txt');
  writeFileSync(f, password + '\n');
  return f;
}
