import { contentId } from '../core/hash.ts';
import type { Markings, PackageInput, PackageLead, PackageNetwork, Tlp } from './package-input.ts';

/**
 * Synthetic, neutral package inputs for tests and benchmarks: invented people, meeting times,
 * payments and contact details. No real person's data, no sexual content.
 */

const FIRST = [
  'Anna',
  'Jonas',
  'Łukasz',
  'Maria',
  'Pieter',
  'Søren',
  'Chloé',
  'Иван',
  'Tomás',
  'Eva',
  'Mikko',
  'Zoë',
];
const LAST = [
  'Becker',
  'Novák',
  'Dvořák',
  'Jansen',
  'Lindqvist',
  'Moreau',
  'Petrov',
  'García',
  'Virtanen',
  'Rossi',
];
const PLATFORMS = ['skype', 'chatapp', 'videoline'];
const PROVIDERS = ['WesternUnion', 'MoneyGram', 'Remitly'];
const CHAT = [
  'Can we move the call to 21:00 my time?',
  'I sent the transfer, reference {ref}, please confirm.',
  'What is the best number to reach you on this week?',
  'I will be travelling next month, landing on the 14th.',
  'Use the same receiver name as last time.',
  'Confirming Saturday, same time as before.',
];
const T0 = Date.UTC(2023, 0, 9, 20, 15, 0);
const HOUR = 3_600_000;

function pick<T>(list: readonly T[], i: number): T {
  const v = list[((i % list.length) + list.length) % list.length];
  if (v === undefined) throw new Error('empty fixture list');
  return v;
}

/** One synthetic lead; `i` makes it distinct, everything else follows from `i` and `country`. */
export function fixtureLead(
  i: number,
  country: string,
  markings: Markings = { handling_code: 'H1', tlp: 'AMBER' },
): PackageLead {
  const person = contentId(['fixture-person', country, i], 16);
  const first = pick(FIRST, i);
  const last = pick(LAST, i * 7 + 3);
  const platform = pick(PLATFORMS, i);
  const handle = `${
    first
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '') || 'user'
  }.${
    last
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '') || 'x'
  }${i}`;
  const fileSha = contentId(['fixture-file', 'messages.csv'], 64);
  const txSha = contentId(['fixture-file', 'transactions.csv'], 64);
  const ipSha = contentId(['fixture-file', 'ip_events.csv'], 64);
  const nPay = 2 + (i % 4);
  const payments = Array.from({ length: nPay }, (_, k) => ({
    transaction_id: `TX-${country}-${i}-${k}`,
    provider: pick(PROVIDERS, i + k),
    sent_at: T0 + (i * 37 + k * 240) * HOUR,
    amount: `${20 + ((i * 13 + k * 29) % 18) * 5}.00`,
    currency: pick(['EUR', 'USD', 'GBP'], i),
    sender_name: k === nPay - 1 && i % 3 === 0 ? `${first.charAt(0)}. ${last}` : `${first} ${last}`,
    receiver: pick(['R. Santos', 'J. Cruz', 'M. Reyes'], i + k),
    receiver_country: 'PH',
    source: { file_sha256: txSha, line: 100 + i * 10 + k },
  }));
  const ip_events = Array.from({ length: 2 + (i % 3) }, (_, k) => ({
    event_id: contentId(['fixture-ip', country, i, k], 16),
    ip: `198.51.100.${(i * 11 + k) % 250}`,
    port: k === 1 ? null : 40000 + ((i * 97 + k * 13) % 20000),
    seen_at: T0 + (i * 37 + k * 100) * HOUR + 17_000,
    platform,
    handle,
    event: pick(['login', 'login', 'register'], k),
    ip_country: country,
    source: { file_sha256: ipSha, line: 10 + i * 5 + k },
  }));
  const chat_excerpts = Array.from({ length: 2 + (i % 3) }, (_, k) => ({
    message_id: `M-${country}-${i}-${k}`,
    platform,
    sent_at: T0 + (i * 37 + k * 240) * HOUR - 5 * 60_000,
    sender: handle,
    recipients: ['seller.one'],
    body: pick(CHAT, i + k).replace('{ref}', `TX-${country}-${i}-${k}`),
    source: { file_sha256: fileSha, line: 1000 + i * 20 + k },
  }));
  return {
    rank: i + 1,
    person_id: person,
    score: Math.round((9.5 - (i % 50) * 0.1) * 100) / 100,
    urgent: i % 5 === 0,
    country,
    country_confidence: 0.9 - (i % 4) * 0.1,
    country_candidates: [
      {
        country,
        p: 0.9 - (i % 4) * 0.1,
        evidence: [`phone number from ${country}`, 'IP events in country'],
      },
      { country: 'NL', p: 0.05, evidence: ['one VPN exit'] },
    ].filter((c, k) => k === 0 || c.country !== country),
    grade: { source: pick(['A', 'B', 'B', 'C'] as const, i), information: pick([1, 2, 2, 3] as const, i) },
    markings,
    identity: {
      names: i % 4 === 0 ? [`${first} ${last}`, `${first.charAt(0)}. ${last}`] : [`${first} ${last}`],
      dates_of_birth: [`19${70 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}`],
      addresses: [
        { full: `${10 + i} Example Street, 1000${i % 10} Sample Town`, city: 'Sample Town', country },
      ],
      phones: [`+4915550${String(100000 + i).slice(-6)}`],
      emails: [`${handle}@example.org`],
      accounts: [{ platform, handle }],
    },
    reasons: [
      {
        indicator: 'B1',
        weight: 3.2,
        detail: `Sent ${nPay} transfers to receivers linked to the seller network.`,
        evidence: payments.map((p) => ({ kind: 'transaction', id: p.transaction_id })),
      },
      {
        indicator: 'B7',
        weight: 2.4,
        detail: 'A transfer reference is quoted in chat minutes before the transfer.',
        evidence: [
          { kind: 'message', id: `M-${country}-${i}-1` },
          { kind: 'transaction', id: `TX-${country}-${i}-1` },
        ],
      },
      {
        indicator: 'B2',
        weight: 0.8,
        detail: 'Amounts are small and round (20 to 105).',
        evidence: [{ kind: 'transaction', id: `TX-${country}-${i}-0` }],
      },
    ],
    payments,
    ip_events,
    chat_excerpts,
    media_matches:
      i % 2 === 0
        ? {
            counts: [{ category: 'hashlist-A', count: 1 + (i % 3) }],
            hashes: [
              { algorithm: 'sha256', value: contentId(['fixture-media', i], 64), category: 'hashlist-A' },
            ],
          }
        : { counts: [], hashes: [] },
    notes:
      i % 3 === 0
        ? [
            {
              author: 'analyst.nl',
              written_at: T0 + 1000 * HOUR,
              text: 'Subscriber request prepared for the two ported IP events.',
            },
          ]
        : [],
  };
}

export function fixtureNetwork(country: string, tlp: Tlp = 'AMBER'): PackageNetwork {
  return {
    network_id: contentId(['fixture-network', country], 16),
    name: 'Network 1',
    country,
    still_active: true,
    active_from: T0,
    active_to: T0 + 2000 * HOUR,
    grade: { source: 'B', information: 2 },
    markings: { handling_code: 'H2', tlp },
    members: [
      {
        person_id: 'seller-1',
        role: 'seller',
        names: ['R. Santos'],
        accounts: [{ platform: 'skype', handle: 'seller.one' }],
      },
      { person_id: 'recv-1', role: 'receiver', names: ['J. Cruz'], accounts: [] },
    ],
    locations: [
      {
        label: 'Sample City (receiver city)',
        lat: null,
        lon: null,
        source: 'receiver_city',
        evidence: [{ kind: 'transaction', id: 'TX-DE-0-0' }],
      },
    ],
    buyer_counts: [
      { country: 'DE', buyers: 12 },
      { country: 'NL', buyers: 4 },
    ],
    money_by_month: [
      { month: '2023-01', amount: '1250.00', currency: 'USD' },
      { month: '2023-02', amount: '1410.00', currency: 'USD' },
    ],
    statements: [
      {
        indicator: 'S1',
        weight: 2.0,
        detail: 'Receives from many unrelated foreign senders.',
        evidence: [{ kind: 'transaction', id: 'TX-DE-0-0' }],
      },
    ],
    notes: [],
  };
}

export const FIXTURE_COUNTRIES = [
  'AT',
  'AU',
  'BE',
  'CA',
  'CH',
  'CZ',
  'DE',
  'DK',
  'ES',
  'FI',
  'FR',
  'GB',
  'IE',
  'IT',
  'NL',
  'NO',
  'NZ',
  'PL',
  'PT',
  'SE',
  'SK',
  'US',
  'GR',
  'HU',
] as const;

/** A case's worth of package inputs: `leads` leads spread round-robin over `countries`. */
export function fixturePackageInputs(
  leads: number,
  countries: readonly string[] = FIXTURE_COUNTRIES,
): PackageInput[] {
  return countries.map((country, c) => {
    const mine = Array.from({ length: leads }, (_, i) => i).filter((i) => i % countries.length === c);
    return fixturePackageInput(country, mine);
  });
}

export function fixturePackageInput(
  country: string,
  leadIndexes: readonly number[] = [0, 1, 2],
): PackageInput {
  return {
    case: { id: 'case-fixture-001', name: 'Fixture case', operation: 'Operation Lantern (synthetic)' },
    country,
    recipientAuthority: `National Police ${country} (synthetic)`,
    generatedAt: Date.UTC(2026, 10, 20, 9, 30, 0),
    markings: { handling_code: 'H1', tlp: 'AMBER' },
    leads: leadIndexes.map((i, k) => ({ ...fixtureLead(i, country), rank: k + 1 })),
    sourceFiles: [
      { path: 'messages.csv', sha256: contentId(['fixture-file', 'messages.csv'], 64) },
      { path: 'transactions.csv', sha256: contentId(['fixture-file', 'transactions.csv'], 64) },
      { path: 'ip_events.csv', sha256: contentId(['fixture-file', 'ip_events.csv'], 64) },
    ],
    vigilVersion: '0.1.0',
  };
}
