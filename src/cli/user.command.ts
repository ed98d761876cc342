import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { AuditService } from '../server/audit.service.ts';
import { addUser } from '../server/user.service.ts';
import { globals, print, printJson, table, withStore } from './context.ts';

interface AddFlags {
  username: string;
  passwordFile: string;
  role: string;
  country?: string;
}

function readPassword(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new VigilError(`Cannot read the password file ${file}.`);
  }
  return text.replace(/\r?\n$/, '');
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('workbench users: add, list');
  user
    .command('add')
    .description('adds a workbench user')
    .requiredOption('--username <u>', 'login name')
    .requiredOption('--password-file <f>', 'file holding the password (one line)')
    .requiredOption('--role <r>', 'admin, analyst or liaison')
    .option('--country <cc,...>', "a liaison's countries, ISO 3166-1 alpha-2")
    .option('--json', 'print the new user as JSON')
    .action(async (opts: AddFlags, cmd: Command) => {
      const password = readPassword(opts.passwordFile);
      const added = await withStore(cmd, (store) =>
        addUser(
          store.users,
          new AuditService(store.audit),
          { username: opts.username, password, role: opts.role, countries: (opts.country ?? '').split(',') },
          'cli',
        ),
      );
      if (globals(cmd).json === true) return printJson({ user: added });
      print(
        `Added ${added.role} ${added.username}${added.countries.length > 0 ? ` for ${added.countries.join(', ')}` : ''}.`,
      );
    });
  user
    .command('list')
    .description('lists workbench users')
    .option('--json', 'print as JSON')
    .action(async (_opts: unknown, cmd: Command) => {
      const users = await withStore(cmd, (store) => store.users.list());
      if (globals(cmd).json === true) return printJson({ users });
      if (users.length === 0) return print('No users yet.');
      print(
        table(
          ['username', 'role', 'countries', 'added'],
          users.map((u) => [
            u.username,
            u.role,
            u.countries.join(','),
            new Date(u.created_at).toISOString().slice(0, 10),
          ]),
        ),
      );
    });
}
