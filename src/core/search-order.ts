/**
 * How search hits are ordered: bm25 for selective queries, newest first (by message time) for common
 * ones, and most recently stored first for terms too common to sort by time.
 */
export type SearchOrder = 'relevance' | 'newest' | 'latest_stored';
