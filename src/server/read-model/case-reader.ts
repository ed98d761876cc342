import type { SearchQuery, SearchResult } from '../../store/search-types.ts';
import type { CaseStats } from '../../store/store.ts';

/**
 * The reads the workbench makes of a case, run off the event loop (a pool of worker threads with
 * their own read-only connections) or, in tests, inline.
 */
export interface ThreadMessage {
  readonly message_id: string;
  readonly platform: string;
  readonly conversation_id: string;
  readonly sent_at: string;
  readonly sender: string;
  readonly recipients: readonly string[];
  readonly body: string;
  readonly attachments: readonly string[];
  readonly source: { readonly file_sha256: string; readonly line: number };
}

export interface Thread {
  readonly platform: string;
  readonly conversation_id: string;
  readonly anchor: string;
  /** Messages in time order, the anchor among them. */
  readonly messages: readonly ThreadMessage[];
  /** There are older / newer messages in the conversation than these. */
  readonly more_before: boolean;
  readonly more_after: boolean;
}

export interface CountryCount {
  readonly country: string;
  readonly count: number;
}

export interface CaseReader {
  search(query: SearchQuery): Promise<SearchResult>;
  stats(): Promise<CaseStats>;
  /** The anchor message and up to `around` messages either side in its conversation; null if unknown. */
  thread(platform: string, messageId: string, around: number): Promise<Thread | null>;
  /** Transfers per sender country, for the dashboard map until leads carry countries. */
  senderCountries(): Promise<readonly CountryCount[]>;
  close(): Promise<void>;
}

export type ReaderMethod = Exclude<keyof CaseReader, 'close'>;
