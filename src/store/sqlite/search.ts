import type Database from 'better-sqlite3';
import { isoUtc } from '../../bundle/timestamp.ts';
import { parseQuery } from '../search-query.ts';
import type { SearchHit, SearchQuery, SearchResult } from '../search-types.ts';
import { toFts5 } from './fts5-query.ts';

/** Counts stop here: a term this common is reported as "at least" the cap ("10,000+"). */
export const COUNT_CAP = 10_000;
/** Above this many matches, hits come newest first instead of by relevance. */
export const RELEVANCE_LIMIT = 2_000;
/**
 * Up to this many matches are sorted by time (a bounded cost: one row lookup each; on 10M messages
 * 50,000 lookups took a second). A term matching more, whose count is capped anyway, is read
 * newest-stored first straight from the full-text index with an early LIMIT: it costs the page, not
 * the matches ("ok" on 10M messages: 15 s sorted by time, 20 ms this way).
 */
export const SORT_LIMIT = COUNT_CAP;

interface HitRow {
  message_id: string;
  platform: string;
  conversation_id: string;
  sent_at: number;
  sender: string;
  recipients: string;
  body: string;
  sha256: string;
  line: number;
}

/** `limits` are for tests; the server and CLI use the defaults. */
export function search(
  db: Database.Database,
  q: SearchQuery,
  limits: { readonly relevance: number; readonly sort: number } = {
    relevance: RELEVANCE_LIMIT,
    sort: SORT_LIMIT,
  },
): SearchResult {
  const match = toFts5(parseQuery(q.text));
  const where: string[] = ['messages_fts MATCH @match'];
  const params: Record<string, unknown> = {
    match,
    limit: q.limit,
    offset: q.offset ?? 0,
    probe: Math.max(limits.sort, COUNT_CAP) + 1,
  };
  if (q.platform !== undefined) {
    where.push('m.platform = @platform');
    params.platform = q.platform.toLowerCase();
  }
  if (q.account !== undefined) {
    where.push(
      '(m.sender = @account OR EXISTS (SELECT 1 FROM json_each(m.recipients) WHERE value = @account))',
    );
    params.account = q.account.trim().toLowerCase();
  }
  if (q.from !== undefined) {
    where.push('m.sent_at >= @from');
    params.from = q.from;
  }
  if (q.to !== undefined) {
    where.push('m.sent_at <= @to');
    params.to = q.to;
  }
  const filter = where.join(' AND ');
  const from = 'messages_fts JOIN messages m ON m.id = messages_fts.rowid';
  // Without filters the count walks the index alone; with them, each match's row is read.
  const count = db
    .prepare(
      where.length === 1
        ? 'SELECT count(*) FROM (SELECT rowid FROM messages_fts WHERE messages_fts MATCH @match LIMIT @probe)'
        : `SELECT count(*) FROM (SELECT m.id FROM ${from} WHERE ${filter} LIMIT @probe)`,
    )
    .pluck()
    .get(params) as number;
  const order: SearchResult['order'] =
    count <= limits.relevance ? 'relevance' : count <= limits.sort ? 'newest' : 'latest_stored';
  const orderBy = {
    relevance: 'messages_fts.rank, m.sent_at DESC',
    newest: 'm.sent_at DESC, m.id DESC',
    latest_stored: 'messages_fts.rowid DESC',
  }[order];
  const rows = db
    .prepare(
      `SELECT m.message_id, m.platform, m.conversation_id, m.sent_at, m.sender, m.recipients, m.body, s.sha256, m.line
       FROM ${from} JOIN sources s ON s.id = m.source_id
       WHERE ${filter} ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`,
    )
    .all(params) as HitRow[];
  const hits: SearchHit[] = rows.map((r) => ({
    message_id: r.message_id,
    platform: r.platform,
    conversation_id: r.conversation_id,
    sent_at: isoUtc(r.sent_at),
    sender: r.sender,
    recipients: JSON.parse(r.recipients) as string[],
    body: r.body,
    source: { file_sha256: r.sha256, line: r.line },
  }));
  return { total: Math.min(count, COUNT_CAP), total_is_lower_bound: count > COUNT_CAP, order, hits };
}
