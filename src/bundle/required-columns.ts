import type { RecordKind } from '../core/records.ts';

/** Columns a file of each kind must have (shared/spec/case-bundle.md). */
export const REQUIRED_COLUMNS: Record<RecordKind, readonly string[]> = {
  messages: ['platform', 'sent_at', 'sender', 'recipients'],
  accounts: ['platform', 'handle'],
  transactions: ['transaction_id', 'provider', 'sent_at', 'amount', 'currency'],
  ip_events: ['platform', 'handle', 'ip', 'seen_at'],
  locations: ['platform', 'handle', 'observed_at', 'lat', 'lon'],
  media_links: ['file'],
  hashlist: [],
};
