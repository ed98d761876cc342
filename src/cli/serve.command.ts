import type { Command } from 'commander';
import { caseDir, env } from '../core/config.ts';
import { VigilError } from '../core/errors.ts';
import { openStore } from '../store/open-store.ts';
import { startServer } from '../server/start-server.ts';
import { globals, print } from './context.ts';

interface ServeFlags {
  port: string;
  host: string;
  readers?: string;
  insecureCookies?: boolean;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('the web workbench: the JSON API and the app, until interrupted')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <h>', 'address to listen on', '127.0.0.1')
    .option('--readers <n>', 'reader threads for searches (default: cores, from 2 to 4)')
    .option(
      '--insecure-cookies',
      'leave out the Secure flag on cookies (plain HTTP on a trusted network only)',
    )
    .action(async (opts: ServeFlags, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new VigilError(`--port takes a port number, and "${opts.port}" is not one.`);
      const readers = opts.readers === undefined ? undefined : Number(opts.readers);
      if (readers !== undefined && (!Number.isInteger(readers) || readers < 1 || readers > 16))
        throw new VigilError(
          `--readers takes a whole number from 1 to 16, and "${opts.readers}" is not one.`,
        );
      const g = globals(cmd);
      const dir = caseDir(g.case);
      const store = openStore(dir, g.store ?? env().VIGIL_STORE);
      let server;
      try {
        server = await startServer({
          caseDir: dir,
          store,
          host: opts.host,
          port,
          readers,
          secureCookies: opts.insecureCookies !== true,
        });
      } catch (e) {
        await store.close();
        if (e instanceof Error && 'code' in e && e.code === 'EADDRINUSE')
          throw new VigilError(`Port ${port} on ${opts.host} is taken: choose another with --port.`);
        throw e;
      }
      const users = await store.users.list();
      print(`Vigil workbench for case ${dir}: ${server.url}`);
      if (opts.insecureCookies !== true && !/^(127\.|localhost$|::1$)/.test(opts.host))
        print(
          'Browsers keep the Secure session cookie only over HTTPS or on this machine: put a TLS proxy in front, or pass --insecure-cookies on a trusted network.',
        );
      if (users.length === 0)
        print('No users yet: add one with `vigil user add --username U --password-file F --role admin`.');
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await server.close();
      await store.close();
    });
}
