/**
 * Workbench API benchmark: `npm run bench:server [-- --rows 300000 --connections 30 --duration 8]`
 * (or `tsx bench/server.bench.ts --case DIR` for an existing case, e.g. a seed-scale synth).
 *
 * Starts the real server (reader threads included) on a case of neutral messages, signs in N users,
 * and drives each endpoint with autocannon, one connection per user. Reports per scenario: requests/s,
 * p50/p95/p99 latency, errors, and p50 as a ratio to the floor (GET /api/health: HTTP, cookies,
 * session lookup and headers, no case data). Target (issue 6): p95 ≤ 100 ms at 30 users on the
 * queue and profile. On an analysed case (`--case` of a seed-scale synth, ingested and analysed)
 * the queue and profile scenarios run too; the first queue and profile requests load the analysis
 * snapshot once per analysis, and that cold time is reported apart from the steady state.
 * The common-word search runs last: its backlog in the reader threads would spill into what follows.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/ingest/ingest.ts';
import { writeMessageFile } from '../src/ingest/testing/message-file.ts';
import { AuditService } from '../src/server/audit.service.ts';
import { startServer } from '../src/server/start-server.ts';
import { addUser } from '../src/server/user.service.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

interface Instance {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  on(
    event: 'done',
    fn: (result: { requests: { average: number }; non2xx: number; errors: number; timeouts: number }) => void,
  ): void;
}
type Autocannon = (opts: Record<string, unknown>) => Instance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const rows = Number(arg('rows') ?? 300_000);
const connections = Number(arg('connections') ?? 30);
const duration = Number(arg('duration') ?? 8);
const out = join('bench', 'out');
const PASSWORD = 'bench password 2021';

async function benchCase(): Promise<string> {
  const given = arg('case');
  if (given !== undefined) return given;
  const dir = join(out, `server-case-${rows}`);
  if (existsSync(join(dir, 'vigil.db'))) return dir;
  const bundle = join(out, `server-bundle-${rows}`);
  mkdirSync(bundle, { recursive: true });
  await writeMessageFile(join(bundle, 'messages.csv'), rows);
  const store = SqliteStore.open(dir);
  await ingest(store, [bundle]);
  await store.close();
  return dir;
}

// Closing the reader threads can leave Node with nothing to wait on mid-await (exit 13): keep it up.
const keepAlive = setInterval(() => undefined, 1000);
const caseDir = await benchCase();
const store = SqliteStore.open(caseDir);
const audit = new AuditService(store.audit);
const usernames = Array.from({ length: connections }, (_, i) => `bench${i + 1}`);
for (const username of usernames)
  if ((await store.users.credentials(username)) === undefined)
    await addUser(
      store.users,
      audit,
      { username, password: PASSWORD, role: 'analyst', countries: [] },
      'bench',
    );
const messages = store.db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
const sampleIds = store.db
  .prepare('SELECT platform, message_id FROM messages ORDER BY random() LIMIT 500')
  .all() as { platform: string; message_id: string }[];
// Profiles of leads first, then other scored persons: what investigators open.
const persons = (await store.analysis.leads({ all: true })).map((p) => p.person_id);
const profileIds = persons.filter((_, i) => i < 100 || i % 37 === 0).slice(0, 300);
const countries = [
  ...new Set((await store.analysis.leads({ all: false })).map((p) => p.country).filter((c) => c !== null)),
].slice(0, 8);
const server = await startServer({ caseDir, store, host: '127.0.0.1', port: 0 });
const base = server.url.replace(/\/$/, '');

/** Signs one user in, as a browser would: a CSRF cookie first, then the login. */
async function signIn(username: string): Promise<string> {
  const health = await fetch(`${base}/api/health`);
  const csrf = /vigil_csrf=([^;]+)/.exec(health.headers.get('set-cookie') ?? '')![1]!;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `vigil_csrf=${csrf}` },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const session = /vigil_session=([^;]+)/.exec(login.headers.getSetCookie().join('; '))![1]!;
  return `vigil_session=${session}; vigil_csrf=${csrf}`;
}
// One user per connection: 30 investigators, each with a session of their own.
const cookies: string[] = [];
for (const u of usernames) cookies.push(await signIn(u));

let n = 0;
const cycle = (paths: readonly string[]) => (): string => paths[n++ % paths.length]!;
const selective = Array.from(
  { length: 200 },
  (_, i) => `/api/search?q=${encodeURIComponent(`ref${(i * 1000).toString(36)}x`)}&limit=50`,
);
const queue = [
  '/api/leads?limit=100',
  '/api/leads?sort=score&limit=100',
  '/api/leads?status=new&offset=200&limit=100',
  '/api/leads?leads=true&urgent=true&limit=100',
  ...countries.map((c) => `/api/leads?country=${c}&limit=100`),
];
const analysed = persons.length > 0;
const SCENARIOS: readonly { name: string; path: () => string }[] = [
  { name: 'floor: health', path: () => '/api/health' },
  { name: 'me (session)', path: () => '/api/auth/me' },
  ...(analysed
    ? [
        { name: 'queue (100 rows)', path: cycle(queue) },
        { name: 'profile', path: cycle(profileIds.map((id) => `/api/leads/${encodeURIComponent(id)}`)) },
        { name: 'summary', path: () => '/api/leads/summary' },
      ]
    : []),
  { name: 'stats', path: () => '/api/stats' },
  {
    name: 'conversation ±20',
    path: cycle(
      sampleIds.map(
        (m) => `/api/messages/${m.platform}/${encodeURIComponent(m.message_id)}/conversation?around=20`,
      ),
    ),
  },
  { name: 'search selective', path: cycle(selective) },
  {
    name: 'search common',
    path: cycle([
      '/api/search?q=money&limit=50',
      '/api/search?q=manila%20friday&limit=50',
      '/api/search?q=call*&limit=50',
    ]),
  },
];

interface Row {
  scenario: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  ratio_p50_to_floor: number;
}

const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Every user drives one connection for `duration` seconds; latencies are pooled across users. */
async function run(name: string, path: () => string): Promise<Omit<Row, 'ratio_p50_to_floor'>> {
  const times: number[] = [];
  const done = await Promise.all(
    cookies.map(
      (cookie) =>
        new Promise<{ requests: { average: number }; non2xx: number; errors: number; timeouts: number }>(
          (resolve) => {
            const inst = autocannon({
              url: base,
              connections: 1,
              duration,
              headers: { cookie },
              requests: [
                { method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: path() }) },
              ],
            });
            inst.on('response', (_c, _status, _bytes, ms) => times.push(ms));
            inst.on('done', resolve);
          },
        ),
    ),
  );
  times.sort((a, b) => a - b);
  return {
    scenario: name,
    rps: Math.round(done.reduce((sum, r) => sum + r.requests.average, 0)),
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    errors: done.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
  };
}

/** The first request after an analysis loads its snapshot: timed once, before the load runs. */
const cold: Record<string, number> = {};
if (analysed)
  for (const [name, path] of [
    ['queue', queue[0]!],
    ['profile', `/api/leads/${encodeURIComponent(profileIds[0]!)}`],
  ] as const) {
    const t = performance.now();
    const res = await fetch(`${base}${path}`, { headers: { cookie: cookies[0]! } });
    if (!res.ok) throw new Error(`${name}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    cold[name] = Math.round(performance.now() - t);
  }

// --only a,b: run just the scenarios whose names start with these (the floor always runs first).
const only = arg('only')?.split(',') ?? null;
const chosen = SCENARIOS.filter((s, i) => i === 0 || only === null || only.some((o) => s.name.startsWith(o)));
const results: Row[] = [];
for (const s of chosen) {
  const r = await run(s.name, s.path);
  const floor = results[0]?.p50 ?? r.p50;
  results.push({ ...r, ratio_p50_to_floor: Math.round((r.p50 / Math.max(floor, 0.01)) * 10) / 10 });
}
await server.close();
const auditEntries = await store.audit.count();
await store.close();

const f = (x: number): string => x.toFixed(1).padStart(7);
console.log(
  `\n${messages.toLocaleString('en')} messages, ${persons.length.toLocaleString('en')} scored persons, ${connections} connections, ${duration} s each, ${availableParallelism()} cores`,
);
if (analysed)
  console.log(`cold (first request after an analysis): queue ${cold.queue} ms, profile ${cold.profile} ms`);
console.log('scenario            req/s    p50 ms   p95 ms   p99 ms  errors  p50/floor');
for (const r of results)
  console.log(
    `${r.scenario.padEnd(18)} ${String(r.rps).padStart(6)}  ${f(r.p50)}  ${f(r.p95)}  ${f(r.p99)}  ${String(r.errors).padStart(6)}  ${String(r.ratio_p50_to_floor).padStart(8)}`,
  );
const target = results.filter((r) => ['queue (100 rows)', 'profile'].includes(r.scenario));
const worst = Math.max(...(target.length > 0 ? target : results.slice(1)).map((r) => r.p95));
console.log(
  `worst ${target.length > 0 ? 'queue/profile' : ''} p95 ${worst.toFixed(1)} ms (target ≤ 100 ms); audit log now ${auditEntries} entries`,
);
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'server-bench.json'),
  JSON.stringify({ messages, persons: persons.length, connections, duration, cold, results }, null, 2),
);
clearInterval(keepAlive);
