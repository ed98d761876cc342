/**
 * The records a case bundle holds, as Vigil stores them (shared/spec/case-bundle.md).
 * Times are epoch milliseconds UTC; the text they were read from is kept beside them.
 */

/** Where a stored record came from: the source file's SHA-256 and the line (or record index) in it. */
export interface Provenance {
  readonly file_sha256: string;
  readonly line: number;
}

export const RECORD_KINDS = [
  'messages',
  'accounts',
  'transactions',
  'ip_events',
  'locations',
  'media_links',
  'hashlist',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface MessageRecord {
  readonly kind: 'messages';
  readonly message_id: string;
  readonly platform: string;
  readonly conversation_id: string;
  readonly sent_at: number;
  readonly sent_at_text: string;
  readonly sender: string;
  readonly recipients: readonly string[];
  readonly body: string;
  readonly attachments: readonly string[];
}

export interface AccountRecord {
  readonly kind: 'accounts';
  readonly platform: string;
  readonly handle: string;
  readonly display_name: string | null;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly registered_at: number | null;
  readonly registration_ip: string | null;
  readonly role_hint: 'seller' | 'buyer' | 'unknown' | null;
}

export interface TransactionRecord {
  readonly kind: 'transactions';
  readonly transaction_id: string;
  readonly provider: string;
  readonly sent_at: number;
  readonly sent_at_text: string;
  /** Decimal string with a dot, as written (normalised: no thousands separators). */
  readonly amount: string;
  readonly currency: string;
  readonly sender_name: string | null;
  readonly sender_dob: string | null;
  readonly sender_address: string | null;
  readonly sender_city: string | null;
  readonly sender_country: string | null;
  readonly sender_phone: string | null;
  readonly sender_email: string | null;
  readonly sender_account: string | null;
  readonly receiver_name: string | null;
  readonly receiver_city: string | null;
  readonly receiver_country: string | null;
  readonly receiver_phone: string | null;
  readonly receiver_account: string | null;
}

export interface IpEventRecord {
  readonly kind: 'ip_events';
  readonly platform: string;
  readonly handle: string;
  readonly ip: string;
  readonly port: number | null;
  readonly seen_at: number;
  readonly seen_at_text: string;
  readonly event: string | null;
}

export interface LocationRecord {
  readonly kind: 'locations';
  readonly platform: string;
  readonly handle: string;
  readonly observed_at: number;
  readonly observed_at_text: string;
  readonly lat: number;
  readonly lon: number;
  readonly accuracy_m: number | null;
  readonly source: string | null;
}

export interface MediaLinkRecord {
  readonly kind: 'media_links';
  readonly file: string;
  readonly platform: string | null;
  readonly sender: string | null;
  readonly recipients: readonly string[];
  readonly sent_at: number | null;
  readonly sent_at_text: string | null;
}

export interface HashListRecord {
  readonly kind: 'hashlist';
  readonly md5: string | null;
  readonly sha1: string | null;
  readonly sha256: string | null;
  readonly pdq: string | null;
  readonly category: string | null;
  readonly list: string | null;
}

export type CaseRecord =
  | MessageRecord
  | AccountRecord
  | TransactionRecord
  | IpEventRecord
  | LocationRecord
  | MediaLinkRecord
  | HashListRecord;

/** A record ready to store: its dedupe key (content-derived) and provenance. */
export interface KeyedRecord<R extends CaseRecord = CaseRecord> {
  /** Hex SHA-256 of the record's identity: two rows with the same key are one record. */
  readonly key: string;
  readonly record: R;
  readonly line: number;
}

/** A row set aside: never dropped, always with a reason. */
export interface QuarantinedRow {
  readonly line: number;
  readonly raw: string;
  readonly reason: string;
}
