import type { SearchQuery, SearchResult } from '../../store/search-types.ts';
import type { CountryCount, Thread, ThreadMessage } from '../../core/case-read-types.ts';
import type { EvidenceMessage } from '../../core/person-profile-types.ts';
import type { CaseStats } from '../../store/store.ts';
import type { ProfileRecords, ProfileRecordsQuery } from './profile-records.ts';

/**
 * The reads the workbench makes of a case, run off the event loop (a pool of worker threads with
 * their own read-only connections) or, in tests, inline.
 */
export type { CountryCount, ProfileRecords, ProfileRecordsQuery, Thread, ThreadMessage };

export interface CaseReader {
  search(query: SearchQuery): Promise<SearchResult>;
  stats(): Promise<CaseStats>;
  /** The anchor message and up to `around` messages either side in its conversation; null if unknown. */
  thread(platform: string, messageId: string, around: number): Promise<Thread | null>;
  /** Messages named as evidence, by message id (any platform), short enough to list. */
  evidenceMessages(ids: readonly string[]): Promise<readonly EvidenceMessage[]>;
  /** A person profile's transfers, IP events, evidence messages and strongest links. */
  profileRecords(query: ProfileRecordsQuery): Promise<ProfileRecords>;
  /** Transfers per sender country, for the dashboard map until leads carry countries. */
  senderCountries(): Promise<readonly CountryCount[]>;
  close(): Promise<void>;
}

export type ReaderMethod = Exclude<keyof CaseReader, 'close'>;
