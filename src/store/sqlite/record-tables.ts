import type { CaseRecord, RecordKind } from '../../core/records.ts';

type Value = string | number | bigint | null;

/** How one record kind is laid out in its SQLite table: columns after key/key2, before provenance. */
export interface RecordTable {
  readonly table: string;
  readonly columns: readonly string[];
  /** Column holding the record's time, for stats; null when the kind has none. */
  readonly timeColumn: string | null;
  values(r: CaseRecord): Value[];
  /** One reader per column, in `columns` order: the writer's hot path fills its arguments with them. */
  readonly getters: readonly ((r: CaseRecord) => Value)[];
}

const json = (v: readonly string[]): string => JSON.stringify(v);

function table<R extends CaseRecord>(
  name: string,
  timeColumn: string | null,
  columns: readonly (keyof R & string)[],
  overrides: Partial<Record<keyof R & string, (r: R) => Value>> = {},
): RecordTable {
  // each table is only ever given records of its own kind
  const getters = columns.map((c): ((r: CaseRecord) => Value) => {
    const f = overrides[c];
    return f === undefined ? (r) => (r as R)[c] as Value : (r) => f(r as R);
  });
  return {
    table: name,
    columns,
    timeColumn,
    getters,
    values: (r) => getters.map((g) => g(r)),
  };
}

export const RECORD_TABLES: Record<RecordKind, RecordTable> = {
  messages: table<Extract<CaseRecord, { kind: 'messages' }>>(
    'messages',
    'sent_at',
    [
      'message_id',
      'platform',
      'conversation_id',
      'sent_at',
      'sent_at_text',
      'sender',
      'recipients',
      'body',
      'attachments',
    ],
    { recipients: (r) => json(r.recipients), attachments: (r) => json(r.attachments) },
  ),
  accounts: table<Extract<CaseRecord, { kind: 'accounts' }>>(
    'accounts',
    'registered_at',
    [
      'platform',
      'handle',
      'display_name',
      'emails',
      'phones',
      'registered_at',
      'registration_ip',
      'role_hint',
    ],
    { emails: (r) => json(r.emails), phones: (r) => json(r.phones) },
  ),
  transactions: table<Extract<CaseRecord, { kind: 'transactions' }>>('transactions', 'sent_at', [
    'transaction_id',
    'provider',
    'sent_at',
    'sent_at_text',
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
  ]),
  ip_events: table<Extract<CaseRecord, { kind: 'ip_events' }>>('ip_events', 'seen_at', [
    'platform',
    'handle',
    'ip',
    'port',
    'seen_at',
    'seen_at_text',
    'event',
  ]),
  locations: table<Extract<CaseRecord, { kind: 'locations' }>>('locations', 'observed_at', [
    'platform',
    'handle',
    'observed_at',
    'observed_at_text',
    'lat',
    'lon',
    'accuracy_m',
    'source',
  ]),
  media_links: table<Extract<CaseRecord, { kind: 'media_links' }>>(
    'media_links',
    'sent_at',
    ['file', 'platform', 'sender', 'recipients', 'sent_at', 'sent_at_text'],
    { recipients: (r) => json(r.recipients) },
  ),
  hashlist: table<Extract<CaseRecord, { kind: 'hashlist' }>>('hashlist', null, [
    'md5',
    'sha1',
    'sha256',
    'pdq',
    'category',
    'list',
  ]),
};

/** Calls `visit` with each (platform, handle) a record names, for the handles table. */
export function visitHandles(r: CaseRecord, visit: (platform: string, handle: string) => void): void {
  switch (r.kind) {
    case 'messages':
      visit(r.platform, r.sender);
      for (const h of r.recipients) visit(r.platform, h);
      return;
    case 'accounts':
    case 'ip_events':
    case 'locations':
      visit(r.platform, r.handle);
      return;
    case 'media_links':
      if (r.platform === null) return;
      if (r.sender !== null) visit(r.platform, r.sender);
      for (const h of r.recipients) visit(r.platform, h);
      return;
    default:
  }
}
