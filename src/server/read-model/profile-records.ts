import type Database from 'better-sqlite3';
import type { PersonLink } from '../../core/analysis-types.ts';
import type { EvidenceMessage, ProfileIpEvent, ProfileTransfer } from '../../core/person-profile-types.ts';
import { strongestLinks } from '../strongest-links.ts';

/** What a profile reads of the records behind one person (all by index). */
export interface ProfileRecordsQuery {
  readonly personId: string;
  /** The person's payer records (transaction ids). */
  readonly transactions: readonly string[];
  /** The person's accounts. */
  readonly accounts: readonly { readonly platform: string; readonly handle: string }[];
  /** Messages named as evidence, by message id (any platform). */
  readonly messageIds: readonly string[];
  /** Keep only the latest this many IP events. */
  readonly maxIpEvents: number;
}

/** The records part of a profile: it changes only with a new ingest or analysis. */
export interface ProfileRecords {
  readonly transfers: readonly ProfileTransfer[];
  readonly ip_events: readonly ProfileIpEvent[];
  readonly evidence_messages: readonly EvidenceMessage[];
  /** The strongest links (strongest-links.ts), fields that compared nothing left out. */
  readonly links: readonly PersonLink[];
  /** Every link of the person. */
  readonly links_total: number;
}

/**
 * The platforms of the handles table, by one index seek each: SELECT DISTINCT scans the whole
 * (platform, handle) index, 4.5 ms on a seed-scale case, for five names.
 */
export const DISTINCT_PLATFORMS = `WITH RECURSIVE p (name) AS (
    SELECT min(platform) FROM handles
    UNION ALL
    SELECT (SELECT min(platform) FROM handles WHERE platform > p.name) FROM p WHERE p.name IS NOT NULL
  ) SELECT name FROM p WHERE name IS NOT NULL`;

interface LinkRow extends Omit<PersonLink, 'bridge' | 'breakdown'> {
  bridge: number;
  breakdown: string;
}

interface Provenance {
  file_sha256: string;
  line: number;
}

/**
 * A profile's record reads on one connection (a reader thread's): transfers by transaction id (the
 * last stored row of an id, as a scan in storage order would keep), IP events by account (platform
 * and handle are stored trimmed and lower-cased), evidence messages by id under each platform, and
 * the person's links reduced to the strongest. Each is an index lookup; none needs the whole table.
 */
export function profileRecordReads(db: Database.Database): (q: ProfileRecordsQuery) => ProfileRecords {
  const transfer = db.prepare(
    `SELECT r.transaction_id, r.provider, r.sent_at, r.amount, r.currency, r.sender_name,
       r.sender_country, r.receiver_name, r.receiver_account, r.receiver_country, s.sha256 AS file_sha256,
       r.line
     FROM transactions r JOIN sources s ON s.id = r.source_id
     WHERE r.transaction_id = ? ORDER BY r.id DESC LIMIT 1`,
  );
  const ipEvents = db.prepare(
    `SELECT r.platform, r.handle, r.ip, r.seen_at, r.event, s.sha256 AS file_sha256, r.line
     FROM ip_events r JOIN sources s ON s.id = r.source_id
     WHERE r.platform = ? AND r.handle = ? ORDER BY r.id`,
  );
  const platforms = db.prepare(DISTINCT_PLATFORMS).pluck();
  const evidence = db.prepare(
    'SELECT message_id, platform, sent_at, sender, body FROM messages WHERE platform = ? AND message_id = ? ORDER BY id',
  );
  const links = db.prepare(
    'SELECT person_id, a, b, weight, probability, status, bridge, breakdown FROM person_links WHERE person_id = ? ORDER BY id',
  );

  return (q) => {
    const transfers = q.transactions
      .map((id) => transfer.get(id) as (Omit<ProfileTransfer, 'source'> & Provenance) | undefined)
      .filter((r) => r !== undefined)
      .map(({ file_sha256, line, ...t }) => ({ ...t, source: { file_sha256, line } }))
      .sort((a, b) => a.sent_at - b.sent_at);
    const ip_events = q.accounts
      .flatMap(
        (a) =>
          ipEvents.all(a.platform.toLowerCase(), a.handle.trim().toLowerCase()) as (Omit<
            ProfileIpEvent,
            'source'
          > &
            Provenance)[],
      )
      .map(({ file_sha256, line, ...e }) => ({ ...e, source: { file_sha256, line } }))
      .sort((a, b) => a.seen_at - b.seen_at)
      .slice(-q.maxIpEvents);
    const known = platforms.all() as string[];
    const evidence_messages = [...new Set(q.messageIds)]
      .flatMap((id) =>
        known.flatMap(
          (platform) => evidence.all(platform, id) as (Omit<EvidenceMessage, 'excerpt'> & { body: string })[],
        ),
      )
      .map(({ body, ...m }) => ({ ...m, excerpt: body.length <= 240 ? body : `${body.slice(0, 237)}…` }));
    // strongestLinks needs only ends, weights and bridges: parse the breakdowns of the kept alone.
    const rows = links.all(q.personId) as LinkRow[];
    const kept = strongestLinks(rows.map((r) => ({ ...r, bridge: r.bridge === 1 })));
    return {
      transfers,
      ip_events,
      evidence_messages,
      links: kept.map((l): PersonLink => ({
        ...l,
        breakdown: (JSON.parse(l.breakdown) as PersonLink['breakdown']).filter((f) => f.level !== 'missing'),
      })),
      links_total: rows.length,
    };
  };
}
