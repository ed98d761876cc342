import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { analyze } from '../analysis/stages/analyze.ts';
import { ingest } from '../ingest/ingest.ts';
import { startServer } from '../server/start-server.ts';
import { AuditService } from '../server/audit.service.ts';
import { addUser } from '../server/user.service.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { writeSynthBundle } from '../synth/index.ts';
import { print } from './context.ts';

/** Demo logins: synthetic case, local machine only. Printed, never used elsewhere. */
const DEMO_USERS = [
  { username: 'admin', password: 'vigil-demo-admin', role: 'admin', countries: [] as string[] },
  { username: 'analyst', password: 'vigil-demo-analyst', role: 'analyst', countries: [] as string[] },
];

/**
 * `vigil demo`: a small synthetic operation, ingested and analysed, with demo users, served on
 * localhost. A second run reuses the case it made.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'synthesise a small operation, ingest it, analyse it, add demo users and serve the workbench',
    )
    .option('--dir <dir>', 'where the demo bundle and case go', 'demo')
    .option('--scale <scale>', 'tiny or small', 'small')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <h>', 'address to listen on', '127.0.0.1')
    .option('--no-serve', 'prepare the case and exit')
    .action(async (opts: { dir: string; scale: string; port: string; host: string; serve: boolean }) => {
      const bundle = join(opts.dir, 'bundle');
      const caseDir = join(opts.dir, 'case');
      const fresh = !existsSync(join(caseDir, 'vigil.db'));
      const store = SqliteStore.open(caseDir);
      try {
        if (fresh) {
          print(`Synthesising a ${opts.scale} operation into ${bundle} …`);
          await writeSynthBundle({
            out: bundle,
            scale: opts.scale === 'tiny' ? 'tiny' : 'small',
            seed: 1,
            badRows: false,
          });
          print('Ingesting …');
          const report = await ingest(store, [bundle]);
          print(`  ${report.totals.rows_stored} records stored.`);
          print('Analysing …');
          const a = await analyze(store);
          print(`  ${a.assess?.persons ?? 0} persons, ${a.assess?.leads ?? 0} leads.`);
          const audit = new AuditService(store.audit);
          const top = [
            ...new Set(
              (await store.analysis.leads({})).map((l) => l.country).filter((c): c is string => c !== null),
            ),
          ].slice(0, 2);
          const users = [
            ...DEMO_USERS,
            ...top.map((c) => ({
              username: `liaison-${c.toLowerCase()}`,
              password: `vigil-demo-${c.toLowerCase()}`,
              role: 'liaison',
              countries: [c],
            })),
          ];
          for (const u of users) await addUser(store.users, audit, u, 'demo');
        }
        const users = await store.users.list();
        print('');
        print('Logins (demo only):');
        for (const u of users) {
          const known =
            DEMO_USERS.find((d) => d.username === u.username)?.password ??
            `vigil-demo-${u.countries[0]?.toLowerCase() ?? ''}`;
          print(
            `  ${u.username.padEnd(14)} ${known.padEnd(22)} ${u.role}${u.countries.length ? ` (${u.countries.join(', ')})` : ''}`,
          );
        }
        if (!opts.serve) return;
        const server = await startServer({
          caseDir,
          store,
          host: opts.host,
          port: Number(opts.port),
          secureCookies: false,
        });
        print('');
        print(`Vigil workbench: ${server.url}   (Ctrl-C stops it)`);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await server.close();
      } finally {
        await store.close();
      }
    });
}
