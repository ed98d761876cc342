/**
 * transactions.csv: every planted transfer, in time order as a provider's extract would be.
 * What a provider records differs: identity fields (DOB, address, phone, e-mail, account) appear
 * at the rates in SENDER_FIELD_RATES; times are the sender's local time with offset at counter
 * services, UTC at online ones, Philippine time at domestic ones.
 */
import { join } from 'node:path';
import { unbalancedLine, type BadRowMaker, type BadRowPlanter, type BadRowReason } from './bad-rows.ts';
import { countryOf } from './countries.ts';
import { CsvFile } from './csv.ts';
import { formatPhone } from './phones.ts';
import { Rng } from './prng.ts';
import { formatTime } from './timestamps.ts';
import { offsetMinutes } from './time-zones.ts';
import type { Transfer, World } from './world-types.ts';

export const TRANSACTION_COLUMNS = [
  'transaction_id',
  'provider',
  'sent_at',
  'amount',
  'currency',
  'sender_name',
  'sender_dob',
  'sender_address',
  'sender_city',
  'sender_country',
  'sender_phone',
  'sender_email',
  'sender_account',
  'receiver_name',
  'receiver_city',
  'receiver_country',
  'receiver_phone',
  'receiver_account',
];

const ONLINE = new Set(['Xoom', 'Remitly', 'WorldRemit', 'PayPal']);
const DOMESTIC = new Set(['GCash', 'Cebuana Lhuillier', 'Palawan Express']);
export const SENDER_FIELD_RATES = {
  dob: 0.6,
  address: 0.5,
  phone: 0.6,
  emailCounter: 0.2,
  emailOnline: 0.9,
  receiverPhone: 0.5,
};

function row(world: World, t: Transfer): string[] {
  const rng = new Rng(`tx-row/${t.id}`, world.seed);
  const named = t.named;
  const country = countryOf(t.senderCountry);
  const online = ONLINE.has(t.provider);
  const zone = t.senderCountry === named.country ? named.zone : (country.zones[0]?.[0] ?? named.zone);
  const sentAt = online
    ? formatTime(t.sentAt, 'iso-z')
    : formatTime(t.sentAt, 'iso-offset', DOMESTIC.has(t.provider) ? 480 : offsetMinutes(zone, t.sentAt));
  const plan = countryOf(named.phone.country).phone;
  const acctRng = new Rng(`tx-account/${named.id}/${t.provider}`, world.seed);
  const account = online
    ? t.provider === 'PayPal'
      ? named.email
      : `${t.provider.slice(0, 2).toUpperCase()}${acctRng.digits(9)}`
    : '';
  const receiverPlan = countryOf('PH').phone;
  return [
    t.id,
    t.provider,
    sentAt,
    t.amount,
    t.currency,
    t.senderName,
    rng.chance(online ? 0.2 : SENDER_FIELD_RATES.dob) ? named.dob : '',
    rng.chance(SENDER_FIELD_RATES.address) ? named.address : '',
    t.senderCity,
    t.senderCountry,
    rng.chance(SENDER_FIELD_RATES.phone)
      ? formatPhone(named.phone, plan, rng.pick(['e164', 'intl', 'national'] as const))
      : '',
    rng.chance(online ? SENDER_FIELD_RATES.emailOnline : SENDER_FIELD_RATES.emailCounter) ? named.email : '',
    account,
    t.receiverName,
    t.receiver.city,
    'PH',
    rng.chance(SENDER_FIELD_RATES.receiverPhone)
      ? formatPhone(t.receiver.phone, receiverPlan, rng.pick(['compact', 'e164'] as const))
      : '',
    t.provider === 'GCash' ? formatPhone(t.receiver.phone, receiverPlan, 'compact') : '',
  ];
}

export async function writeTransactions(dir: string, world: World, planter: BadRowPlanter): Promise<number> {
  const file = new CsvFile(join(dir, 'transactions.csv'), TRANSACTION_COLUMNS);
  const sorted = world.transfers.slice().sort((a, b) => a.sentAt - b.sentAt || (a.id < b.id ? -1 : 1));
  planter.schedule(file, sorted.length, badTransactionRows());
  for (const t of sorted) {
    file.push(row(world, t));
    planter.tick(file, 'transactions.csv');
    if (file.pending) await file.flush();
  }
  planter.finish(file, 'transactions.csv', (n) =>
    unbalancedLine(
      [`99${String(n).padStart(8, '0')}`, 'Western Union', '2021-02-03T10:00:00Z', '50.00', 'USD'],
      'JOHN SMITH',
    ),
  );
  await file.close();
  return file.rows;
}

function badTransactionRows(): readonly (readonly [BadRowReason, BadRowMaker])[] {
  const base = (n: number, over: Partial<Record<string, string>>): string[] => {
    const r: Record<string, string> = {
      transaction_id: `98${String(n).padStart(8, '0')}`,
      provider: 'Western Union',
      sent_at: '2020-04-05T18:30:00+02:00',
      amount: '50.00',
      currency: 'EUR',
      sender_name: 'MARK JONES',
      sender_country: 'DE',
      receiver_name: 'Maria Santos',
      receiver_city: 'Cebu City',
      receiver_country: 'PH',
      ...over,
    };
    return TRANSACTION_COLUMNS.map((c) => r[c] ?? '');
  };
  return [
    ['non_numeric_amount', (n) => base(n, { amount: 'fifty' })],
    ['non_numeric_amount', (n) => base(n, { amount: '1.234,50' })],
    ['unknown_currency', (n) => base(n, { currency: 'EURO' })],
    ['unknown_country', (n) => base(n, { sender_country: 'UK' })],
    ['unknown_country', (n) => base(n, { receiver_country: 'XX' })],
    ['missing_required_field', (n) => base(n, { transaction_id: '', sender_name: `ANON ${n}` })],
    ['naive_timestamp', (n) => base(n, { sent_at: '2020-04-05 18:30' })],
    ['unparseable_timestamp', (n) => base(n, { sent_at: '05/13/2020 6:30 PM' })],
    ['wrong_column_count', (n) => base(n, {}).slice(0, 9)],
  ];
}
