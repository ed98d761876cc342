import type Database from 'better-sqlite3';
import { isoUtc } from '../../bundle/timestamp.ts';
import { search } from '../../store/sqlite/search.ts';
import { stats } from '../../store/sqlite/stats.ts';
import type { EvidenceMessage } from '../../core/person-profile-types.ts';
import type { CaseReader, CountryCount, Thread, ThreadMessage } from './case-reader.ts';
import { DISTINCT_PLATFORMS, profileRecordReads } from './profile-records.ts';

interface MessageRow {
  id: number;
  message_id: string;
  platform: string;
  conversation_id: string;
  sent_at: number;
  sender: string;
  recipients: string;
  body: string;
  attachments: string;
  sha256: string;
  line: number;
}

const COLUMNS = `m.id, m.message_id, m.platform, m.conversation_id, m.sent_at, m.sender, m.recipients,
  m.body, m.attachments, s.sha256, m.line`;

const toMessage = (r: MessageRow): ThreadMessage => ({
  message_id: r.message_id,
  platform: r.platform,
  conversation_id: r.conversation_id,
  sent_at: isoUtc(r.sent_at),
  sender: r.sender,
  recipients: JSON.parse(r.recipients) as string[],
  body: r.body,
  attachments: JSON.parse(r.attachments) as string[],
  source: { file_sha256: r.sha256, line: r.line },
});

/**
 * The workbench's reads on one SQLite connection (read-only in the worker pool). Search and stats are
 * the store's own; the thread and country reads are here until the Store contract has them.
 */
export function sqliteReads(db: Database.Database): Omit<CaseReader, 'close'> {
  const anchor = db.prepare(
    `SELECT ${COLUMNS} FROM messages m JOIN sources s ON s.id = m.source_id
     WHERE m.platform = ? AND m.message_id = ? ORDER BY m.id LIMIT 1`,
  );
  const before = db.prepare(
    `SELECT ${COLUMNS} FROM messages m JOIN sources s ON s.id = m.source_id
     WHERE m.conversation_id = @c AND m.platform = @p AND (m.sent_at, m.id) < (@t, @id)
     ORDER BY m.sent_at DESC, m.id DESC LIMIT @n`,
  );
  const after = db.prepare(
    `SELECT ${COLUMNS} FROM messages m JOIN sources s ON s.id = m.source_id
     WHERE m.conversation_id = @c AND m.platform = @p AND (m.sent_at, m.id) > (@t, @id)
     ORDER BY m.sent_at, m.id LIMIT @n`,
  );
  const countries = db.prepare(
    `SELECT upper(sender_country) AS country, count(*) AS count FROM transactions
     WHERE sender_country IS NOT NULL AND sender_country <> '' GROUP BY 1 ORDER BY 2 DESC`,
  );
  // The platforms are few: look each id up under each, through the (platform, message_id) index.
  const platforms = db.prepare(DISTINCT_PLATFORMS).pluck();
  const evidence = db.prepare(
    'SELECT message_id, platform, sent_at, sender, body FROM messages WHERE platform = ? AND message_id = ? ORDER BY id',
  );
  const profile = profileRecordReads(db);
  return {
    search: (q) => Promise.resolve(search(db, q)),
    profileRecords: (q) => Promise.resolve(profile(q)),
    evidenceMessages(ids): Promise<EvidenceMessage[]> {
      const known = platforms.all() as string[];
      const rows = [...new Set(ids)].flatMap((id) =>
        known.flatMap(
          (platform) =>
            evidence.all(platform, id) as {
              message_id: string;
              platform: string;
              sent_at: number;
              sender: string;
              body: string;
            }[],
        ),
      );
      return Promise.resolve(
        rows.map(({ body, ...m }) => ({
          ...m,
          excerpt: body.length <= 240 ? body : `${body.slice(0, 237)}…`,
        })),
      );
    },
    stats: () => Promise.resolve(stats(db)),
    thread(platform, messageId, around): Promise<Thread | null> {
      const a = anchor.get(platform.toLowerCase(), messageId) as MessageRow | undefined;
      if (a === undefined) return Promise.resolve(null);
      const params = { c: a.conversation_id, p: a.platform, t: a.sent_at, id: a.id, n: around + 1 };
      const older = (before.all(params) as MessageRow[]).reverse();
      const newer = after.all(params) as MessageRow[];
      const moreBefore = older.length > around;
      const moreAfter = newer.length > around;
      const rows = [...(moreBefore ? older.slice(1) : older), a, ...newer.slice(0, around)];
      return Promise.resolve({
        platform: a.platform,
        conversation_id: a.conversation_id,
        anchor: a.message_id,
        messages: rows.map(toMessage),
        more_before: moreBefore,
        more_after: moreAfter,
      });
    },
    senderCountries: () => Promise.resolve(countries.all() as CountryCount[]),
  };
}
