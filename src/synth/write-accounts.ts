/** accounts.csv: subscriber records for the accounts that have one, sorted by platform and handle. */
import { join } from 'node:path';
import type { BadRowMaker, BadRowPlanter, BadRowReason } from './bad-rows.ts';
import { CsvFile } from './csv.ts';
import { formatTime } from './timestamps.ts';
import type { World } from './world-types.ts';

export const ACCOUNT_COLUMNS = [
  'platform',
  'handle',
  'display_name',
  'emails',
  'phones',
  'registered_at',
  'registration_ip',
  'role_hint',
];

export async function writeAccounts(dir: string, world: World, planter: BadRowPlanter): Promise<number> {
  const file = new CsvFile(join(dir, 'accounts.csv'), ACCOUNT_COLUMNS);
  const rows = world.accounts
    .filter((a) => a.subscriber)
    .sort((a, b) => (a.platform + a.handle < b.platform + b.handle ? -1 : 1));
  planter.schedule(file, rows.length, badAccountRows());
  for (const a of rows) {
    file.push([
      a.platform,
      a.handle,
      a.displayName,
      a.emails.join(';'),
      a.phones.join(';'),
      formatTime(a.registeredAt, 'iso-z'),
      a.registrationIp,
      a.roleHint,
    ]);
    planter.tick(file, 'accounts.csv');
  }
  planter.finish(file, 'accounts.csv', null);
  await file.close();
  return file.rows;
}

function badAccountRows(): readonly (readonly [BadRowReason, BadRowMaker])[] {
  return [
    ['bad_ip', (n) => ['skype', `live:bad_${n}`, 'x', '', '', '2016-01-01T00:00:00Z', '192.168.1.256', '']],
    ['unparseable_timestamp', (n) => ['yahoo', `bad_${n}`, 'x', '', '', 'last tuesday', '', '']],
    [
      'wrong_column_count',
      (n) => ['viber', `+6391700${n}`, 'x', '', '', '2016-01-01T00:00:00Z', '', '', 'extra', 'fields'],
    ],
    ['missing_required_field', () => ['messenger', '', 'no handle', '', '', '2016-01-01T00:00:00Z', '', '']],
  ];
}
