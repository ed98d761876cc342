import type { CaseRecord } from '../../core/records.ts';

/** What a normaliser makes of one row: a record with its identity key, or the reason it is bad. */
export type Normalized<R extends CaseRecord = CaseRecord> =
  | { readonly ok: true; readonly key: string; readonly record: R }
  | { readonly ok: false; readonly reason: string };

export function reject(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
