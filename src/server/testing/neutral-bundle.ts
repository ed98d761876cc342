import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A tiny synthetic case bundle for server and browser tests: ordinary conversations about meeting
 * times, payments, contact details and travel. Every name, number and address is invented.
 */
const csv = (rows: readonly (readonly (string | number)[])[]): string =>
  rows
    .map((r) =>
      r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(','),
    )
    .join('\n') + '\n';

interface Line {
  readonly id: string;
  readonly conv: string;
  readonly at: string;
  readonly from: string;
  readonly to: string;
  readonly body: string;
  readonly attachments?: string;
}

const CHAT: readonly Line[] = [
  {
    id: 'm001',
    conv: 'c-anna-ben',
    at: '2021-03-01T09:00:00Z',
    from: 'anna.reyes',
    to: 'ben_keller',
    body: 'Good morning, are we still meeting on Friday at 10?',
  },
  {
    id: 'm002',
    conv: 'c-anna-ben',
    at: '2021-03-01T09:05:00Z',
    from: 'ben_keller',
    to: 'anna.reyes',
    body: 'Yes, Friday 10 works. I will send the payment before then.',
  },
  {
    id: 'm003',
    conv: 'c-anna-ben',
    at: '2021-03-01T09:07:00Z',
    from: 'anna.reyes',
    to: 'ben_keller',
    body: 'Send it through Western Union, reference MTCN 4417283910 please.',
  },
  {
    id: 'm004',
    conv: 'c-anna-ben',
    at: '2021-03-01T09:10:00Z',
    from: 'ben_keller',
    to: 'anna.reyes',
    body: 'Done, 45 EUR sent. My email is ben.keller@example.org if anything changes.',
  },
  {
    id: 'm005',
    conv: 'c-anna-ben',
    at: '2021-03-01T09:12:00Z',
    from: 'anna.reyes',
    to: 'ben_keller',
    body: 'Received, thank you. Call me on +63 917 555 0142 if the line drops.',
    attachments: 'photo-0001.jpg',
  },
  {
    id: 'm006',
    conv: 'c-anna-ben',
    at: '2021-03-05T10:00:00Z',
    from: 'ben_keller',
    to: 'anna.reyes',
    body: 'I am online now, ready for our meeting.',
  },
  {
    id: 'm007',
    conv: 'c-anna-ben',
    at: '2021-03-05T11:00:00Z',
    from: 'anna.reyes',
    to: 'ben_keller',
    body: 'Thanks, talk next week. Same time?',
  },
  {
    id: 'm101',
    conv: 'c-anna-carl',
    at: '2021-04-02T20:00:00Z',
    from: 'carl.devries',
    to: 'anna.reyes',
    body: 'Hello, a friend gave me your contact. What are the payment options?',
  },
  {
    id: 'm102',
    conv: 'c-anna-carl',
    at: '2021-04-02T20:03:00Z',
    from: 'anna.reyes',
    to: 'carl.devries',
    body: 'Remitly or GCash. For GCash use 0917 555 0199.',
  },
  {
    id: 'm103',
    conv: 'c-anna-carl',
    at: '2021-04-02T20:10:00Z',
    from: 'carl.devries',
    to: 'anna.reyes',
    body: 'I sent 30 USD by Remitly, transfer reference RM-88213-PH.',
  },
  {
    id: 'm104',
    conv: 'c-anna-carl',
    at: '2021-04-03T08:00:00Z',
    from: 'anna.reyes',
    to: 'carl.devries',
    body: 'Payment arrived. I travel to Cebu next month, so we meet online on Tuesday.',
  },
  {
    id: 'm201',
    conv: 'c-anna-dave',
    at: '2021-05-10T18:00:00Z',
    from: 'dave.mills',
    to: 'anna.reyes',
    body: 'Flight lands in Manila on the 14th. Can we meet at the hotel lobby?',
  },
  {
    id: 'm202',
    conv: 'c-anna-dave',
    at: '2021-05-10T18:30:00Z',
    from: 'anna.reyes',
    to: 'dave.mills',
    body: 'Yes, lobby at 7pm. Write to me at anna.reyes@example.net.',
  },
];

export const BUNDLE_ACCOUNTS = [
  ['platform', 'handle', 'display_name', 'emails', 'phones', 'role_hint'],
  ['skype', 'anna.reyes', 'Anna R', 'anna.reyes@example.net', '+63 917 555 0142', 'seller'],
  ['skype', 'ben_keller', 'Ben K', 'ben.keller@example.org', '', 'buyer'],
  ['skype', 'carl.devries', 'Carl', '', '', 'buyer'],
  ['skype', 'dave.mills', 'Dave', '', '+44 7700 900123', 'buyer'],
] as const;

const TRANSFERS = [
  [
    'transaction_id',
    'provider',
    'sent_at',
    'amount',
    'currency',
    'sender_name',
    'sender_country',
    'receiver_name',
    'receiver_country',
  ],
  [
    '4417283910',
    'Western Union',
    '2021-03-01T09:09:00Z',
    '45.00',
    'EUR',
    'Ben Keller',
    'DE',
    'Anna Reyes',
    'PH',
  ],
  [
    'RM-88213-PH',
    'Remitly',
    '2021-04-02T20:09:00Z',
    '30.00',
    'USD',
    'Carl de Vries',
    'NL',
    'Anna Reyes',
    'PH',
  ],
  [
    'WU-1002',
    'Western Union',
    '2021-05-01T10:00:00Z',
    '60.00',
    'GBP',
    'David Mills',
    'GB',
    'Anna Reyes',
    'PH',
  ],
  ['WU-1003', 'Western Union', '2021-05-20T10:00:00Z', '50.00', 'USD', 'Sam Lee', 'US', 'Anna Reyes', 'PH'],
  ['WU-1004', 'Western Union', '2021-06-20T10:00:00Z', '80.00', 'AUD', 'Jo Park', 'AU', 'Anna Reyes', 'PH'],
  [
    'WU-1005',
    'Western Union',
    '2021-06-21T10:00:00Z',
    '40.00',
    'EUR',
    'Ben Keller',
    'DE',
    'Anna Reyes',
    'PH',
  ],
] as const;

/** Writes the bundle into `dir` (created) and returns it. */
export function writeNeutralBundle(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'messages.csv'),
    csv([
      ['message_id', 'platform', 'conversation_id', 'sent_at', 'sender', 'recipients', 'body', 'attachments'],
      ...CHAT.map((m) => [m.id, 'skype', m.conv, m.at, m.from, m.to, m.body, m.attachments ?? '']),
    ]),
  );
  writeFileSync(join(dir, 'accounts.csv'), csv(BUNDLE_ACCOUNTS));
  writeFileSync(join(dir, 'transactions.csv'), csv(TRANSFERS));
  return dir;
}
