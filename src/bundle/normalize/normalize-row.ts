import type { RecordKind } from '../../core/records.ts';
import { Fields, type ColumnMap } from '../columns.ts';
import { normalizeAccount } from './accounts.ts';
import { BadField } from './field-rules.ts';
import { normalizeHashList } from './hashlist.ts';
import { normalizeIpEvent } from './ip-events.ts';
import { normalizeLocation } from './locations.ts';
import { normalizeMediaLink } from './media-links.ts';
import { normalizeMessage } from './messages.ts';
import type { Normalized } from './result.ts';
import { normalizeTransaction } from './transactions.ts';

export interface NormalizeOptions {
  readonly zone: string | undefined;
  readonly map: ColumnMap;
}

const NORMALIZERS: Record<RecordKind, (f: Fields, zone: string | undefined) => Normalized> = {
  messages: normalizeMessage,
  accounts: normalizeAccount,
  transactions: normalizeTransaction,
  ip_events: normalizeIpEvent,
  locations: normalizeLocation,
  media_links: normalizeMediaLink,
  hashlist: normalizeHashList,
};

/** One row of a bundle file → a record of `kind`, or the reason it goes to quarantine. */
export function normalizeRow(
  kind: RecordKind,
  values: ReadonlyMap<string, unknown>,
  opts: NormalizeOptions,
): Normalized {
  try {
    return NORMALIZERS[kind](new Fields(values, opts.map), opts.zone);
  } catch (e) {
    if (e instanceof BadField) return { ok: false, reason: e.message };
    throw e;
  }
}
