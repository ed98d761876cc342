import type { SearchOrder } from '../core/search-order.ts';
/** What a full-text search asks for and answers (shared/spec/cli.md, `vigil search --json`). */
export interface SearchQuery {
  /** The user's query: words, "phrases", AND/OR/NOT, prefix*, parentheses. */
  readonly text: string;
  readonly limit: number;
  readonly offset?: number;
  readonly platform?: string;
  /** A handle that sent or received the message. */
  readonly account?: string;
  /** Inclusive bounds, epoch ms. */
  readonly from?: number;
  readonly to?: number;
}

export interface SearchHit {
  readonly message_id: string;
  readonly platform: string;
  readonly conversation_id: string;
  readonly sent_at: string;
  readonly sender: string;
  readonly recipients: readonly string[];
  readonly body: string;
  readonly source: { readonly file_sha256: string; readonly line: number };
}

export interface SearchResult {
  readonly total: number;
  readonly total_is_lower_bound: boolean;
  /** How hits are ordered (too common to sort by time: over SORT_LIMIT matches). */
  readonly order: SearchOrder;
  readonly hits: readonly SearchHit[];
}
