/**
 * truth/: what evaluation scores against. The first columns of persons, accounts and
 * transactions are exactly those of case-bundle.md; extra columns are appended after them.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BadRow } from './bad-rows.ts';
import { CsvFile } from './csv.ts';
import { fullNameText } from './names.ts';
import type { World } from './world-types.ts';

export const TRUTH_COLUMNS = {
  persons: [
    'person_id',
    'role',
    'country',
    'is_lead',
    'kind',
    'urgent',
    'urgent_reason',
    'network_id',
    'household_id',
    'name',
    'carefulness',
  ],
  accounts: ['platform', 'handle', 'person_id', 'role_hint'],
  transactions: [
    'transaction_id',
    'sender_person_id',
    'named_person_id',
    'receiver_person_id',
    'network_id',
    'purpose',
    'chat_link',
    'travelling',
  ],
  networks: ['network_id', 'known', 'city', 'active', 'first_active', 'last_active'],
  network_members: ['network_id', 'person_id', 'role', 'receiver', 'receiver_from', 'receiver_to'],
  bad_rows: ['file', 'line', 'reason'],
} as const;

const day = (t: number): string => new Date(t).toISOString().slice(0, 10);

export async function writeTruth(
  dir: string,
  world: World,
  badRows: readonly BadRow[] | null,
): Promise<Record<string, number>> {
  const truth = join(dir, 'truth');
  await mkdir(truth, { recursive: true });
  const counts: Record<string, number> = {};
  const write = async (
    name: keyof typeof TRUTH_COLUMNS,
    rows: Iterable<readonly string[]>,
  ): Promise<void> => {
    const f = new CsvFile(join(truth, `${name}.csv`), TRUTH_COLUMNS[name]);
    for (const r of rows) {
      f.push(r);
      if (f.pending) await f.flush();
    }
    await f.close();
    counts[`truth/${name}.csv`] = f.rows;
  };
  await write(
    'persons',
    world.persons.map((p) => [
      p.id,
      p.role,
      p.country,
      p.isLead ? '1' : '0',
      p.kind,
      p.urgentReasons.length > 0 ? '1' : '0',
      p.urgentReasons.join(';'),
      p.networkId ?? '',
      p.householdId ?? '',
      fullNameText(p.name),
      p.buyer?.carefulness ?? '',
    ]),
  );
  await write(
    'accounts',
    world.accounts.map((a) => [a.platform, a.handle, a.person.id, a.roleHint]),
  );
  await write(
    'transactions',
    world.transfers.map((t) => [
      t.id,
      t.payer.id,
      t.named.id,
      t.receiver.id,
      t.networkId ?? '',
      t.purpose,
      t.quoted ? 'reference' : t.sentMessage ? 'timing' : 'none',
      t.travelling ? '1' : '0',
    ]),
  );
  await write(
    'networks',
    world.networks.map((n) => [
      n.id,
      n.known ? '1' : '0',
      n.city.name,
      n.active ? '1' : '0',
      day(n.from),
      day(n.to),
    ]),
  );
  await write(
    'network_members',
    world.networks.flatMap((n) =>
      n.members.map((m) => {
        const r = n.receivers.find((x) => x.person === m);
        return [
          n.id,
          m.id,
          m.kind,
          r === undefined ? '0' : '1',
          r === undefined ? '' : day(r.from),
          r === undefined ? '' : day(r.to),
        ];
      }),
    ),
  );
  if (badRows !== null)
    await write(
      'bad_rows',
      badRows.map((b) => [b.file, String(b.line), b.reason]),
    );
  return counts;
}
