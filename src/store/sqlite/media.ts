import type Database from 'better-sqlite3';
import type {
  AccountMedia,
  AttachmentMessage,
  MediaAccountLink,
  MediaExif,
  MediaFileInput,
  MediaMatch,
  MediaStore,
  StoredMediaFile,
} from '../media.ts';

interface FileRow {
  id: number;
  root: string;
  path: string;
  size: number;
  mtime_ms: number;
  md5: string;
  sha1: string;
  sha256: string;
  mime: string;
  kind: 'image' | 'video' | 'other';
  pdq: string | null;
  quality: number | null;
  pdq_transforms: string | null;
  width: number | null;
  height: number | null;
  exif: string | null;
  error_code: string | null;
  error_message: string | null;
  hash_ms: number;
  run_id: number;
}

interface MatchRow extends Omit<MediaMatch, 'known_good'> {
  known_good: number;
}

const FILE_COLUMNS =
  'id, root, path, size, mtime_ms, md5, sha1, sha256, mime, kind, pdq, quality, pdq_transforms, width, height, exif, error_code, error_message, hash_ms, run_id';

const toMatch = (r: MatchRow): MediaMatch => ({ ...r, known_good: r.known_good === 1 });
const exifNumber = (e: MediaExif | null, k: string): number | null =>
  typeof e?.[k] === 'number' ? e[k] : null;
const exifText = (e: MediaExif | null, k: string): string | null =>
  typeof e?.[k] === 'string' ? e[k] : null;

/** Media tables of the case database (migration 0400). */
export class SqliteMediaStore implements MediaStore {
  constructor(
    private readonly connection: () => Database.Database,
    private readonly readConnection: () => Database.Database = connection,
  ) {}

  private get db(): Database.Database {
    return this.connection();
  }

  private toFile(r: FileRow): StoredMediaFile {
    const frames = this.db
      .prepare('SELECT second, pdq, quality FROM media_frames WHERE file_id = ? ORDER BY second')
      .all(r.id) as { second: number; pdq: string; quality: number }[];
    return {
      ...r,
      pdq_transforms: r.pdq_transforms === null ? null : (JSON.parse(r.pdq_transforms) as string[]),
      exif: r.exif === null ? null : (JSON.parse(r.exif) as MediaExif),
      frames,
    };
  }

  resumeKeys(root: string): Promise<ReadonlySet<string>> {
    const rows = this.db.prepare('SELECT path, size, mtime_ms FROM media_files WHERE root = ?').all(root) as {
      path: string;
      size: number;
      mtime_ms: number;
    }[];
    return Promise.resolve(new Set(rows.map((r) => `${r.path}\u0000${r.size}\u0000${r.mtime_ms}`)));
  }

  putFiles(runId: number, root: string, files: readonly MediaFileInput[]): Promise<void> {
    const upsert = this.db.prepare(
      `INSERT INTO media_files (root, path, size, mtime_ms, md5, sha1, sha256, mime, kind, pdq, quality,
         pdq_transforms, width, height, exif, gps_lat, gps_lon, taken_at, make, model, thumbnail_distance,
         error_code, error_message, hash_ms, run_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (root, path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
         md5 = excluded.md5, sha1 = excluded.sha1, sha256 = excluded.sha256, mime = excluded.mime,
         kind = excluded.kind, pdq = excluded.pdq, quality = excluded.quality,
         pdq_transforms = excluded.pdq_transforms, width = excluded.width, height = excluded.height,
         exif = excluded.exif, gps_lat = excluded.gps_lat, gps_lon = excluded.gps_lon,
         taken_at = excluded.taken_at, make = excluded.make, model = excluded.model,
         thumbnail_distance = excluded.thumbnail_distance, error_code = excluded.error_code,
         error_message = excluded.error_message, hash_ms = excluded.hash_ms, run_id = excluded.run_id
       RETURNING id`,
    );
    const dropFrames = this.db.prepare('DELETE FROM media_frames WHERE file_id = ?');
    const frame = this.db.prepare(
      'INSERT INTO media_frames (file_id, second, pdq, quality) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.db.transaction(() => {
      for (const f of files) {
        const e = f.exif;
        const { id } = upsert.get(
          root,
          f.path,
          f.size,
          Math.trunc(f.mtime_ms),
          f.md5,
          f.sha1,
          f.sha256,
          f.mime,
          f.kind,
          f.pdq,
          f.quality,
          f.pdq_transforms === null ? null : JSON.stringify(f.pdq_transforms),
          f.width,
          f.height,
          e === null ? null : JSON.stringify(e),
          exifNumber(e, 'lat'),
          exifNumber(e, 'lon'),
          exifText(e, 'takenAt') ?? exifText(e, 'dateTimeOriginal'),
          exifText(e, 'make'),
          exifText(e, 'model'),
          exifNumber(e, 'thumbnailDistance'),
          f.error_code,
          f.error_message,
          Math.round(f.hash_ms),
          runId,
        ) as { id: number };
        dropFrames.run(id);
        for (const fr of f.frames) frame.run(id, fr.second, fr.pdq, fr.quality);
      }
    })();
    return Promise.resolve();
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the contract is async; SQLite answers synchronously
  async *files(): AsyncIterable<StoredMediaFile> {
    const rows = this.readConnection()
      .prepare(`SELECT ${FILE_COLUMNS} FROM media_files ORDER BY id`)
      .all() as FileRow[];
    for (const r of rows) yield this.toFile(r);
  }

  filesBySha256(sha256: string): Promise<readonly StoredMediaFile[]> {
    const rows = this.db
      .prepare(`SELECT ${FILE_COLUMNS} FROM media_files WHERE sha256 = ? ORDER BY id`)
      .all(sha256.toLowerCase()) as FileRow[];
    return Promise.resolve(rows.map((r) => this.toFile(r)));
  }

  count(): Promise<{ files: number; undecoded: number }> {
    return Promise.resolve(
      this.db.prepare('SELECT count(*) AS files, count(error_code) AS undecoded FROM media_files').get() as {
        files: number;
        undecoded: number;
      },
    );
  }

  replaceMatches(matches: readonly MediaMatch[]): Promise<void> {
    const insert = this.db.prepare(
      'INSERT INTO media_matches (sha256, list, category, by, distance, known_good) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      this.db.exec('DELETE FROM media_matches');
      for (const m of matches)
        insert.run(m.sha256, m.list, m.category, m.by, m.distance, m.known_good ? 1 : 0);
    })();
    return Promise.resolve();
  }

  matches(sha256?: string): Promise<readonly MediaMatch[]> {
    const sql = 'SELECT sha256, list, category, by, distance, known_good FROM media_matches';
    const rows = (
      sha256 === undefined
        ? this.db.prepare(`${sql} ORDER BY sha256, list, category`).all()
        : this.db.prepare(`${sql} WHERE sha256 = ? ORDER BY list, category`).all(sha256)
    ) as MatchRow[];
    return Promise.resolve(rows.map(toMatch));
  }

  replaceStacks(stacks: readonly { sha256: string; stack_id: string }[]): Promise<void> {
    const insert = this.db.prepare(
      'INSERT INTO media_stacks (sha256, stack_id) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING',
    );
    this.db.transaction(() => {
      this.db.exec('DELETE FROM media_stacks');
      for (const s of stacks) insert.run(s.sha256, s.stack_id);
    })();
    return Promise.resolve();
  }

  stacks(): Promise<ReadonlyMap<string, string>> {
    const rows = this.db.prepare('SELECT sha256, stack_id FROM media_stacks').all() as {
      sha256: string;
      stack_id: string;
    }[];
    return Promise.resolve(new Map(rows.map((r) => [r.sha256, r.stack_id])));
  }

  replaceLinks(links: readonly MediaAccountLink[]): Promise<void> {
    const insert = this.db.prepare(
      `INSERT INTO media_account_links (sha256, platform, handle, direction, conversation_id, message_id,
         sent_at, via, file_sha256, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      this.db.exec('DELETE FROM media_account_links');
      for (const l of links)
        insert.run(
          l.sha256,
          l.platform,
          l.handle,
          l.direction,
          l.conversation_id,
          l.message_id,
          l.sent_at,
          l.via,
          l.file_sha256,
          l.line,
        );
    })();
    return Promise.resolve();
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the contract is async; SQLite answers synchronously
  async *links(): AsyncIterable<MediaAccountLink> {
    const stmt = this.readConnection().prepare('SELECT * FROM media_account_links ORDER BY rowid');
    for (const r of stmt.iterate()) yield r as MediaAccountLink;
  }

  linksOf(sha256: string): Promise<readonly MediaAccountLink[]> {
    return Promise.resolve(
      this.db
        .prepare('SELECT * FROM media_account_links WHERE sha256 = ? ORDER BY rowid')
        .all(sha256) as MediaAccountLink[],
    );
  }

  byAccount(platform: string, handle: string): Promise<readonly AccountMedia[]> {
    const own = this.db
      .prepare(
        `SELECT * FROM media_account_links WHERE platform = ? AND handle = ?
         ORDER BY sent_at DESC NULLS LAST, sha256`,
      )
      .all(platform.toLowerCase(), handle.toLowerCase()) as MediaAccountLink[];
    // the other side of the same link row: who sent it to this account, or who it went to
    const counterpart = this.db.prepare(
      `SELECT platform, handle FROM media_account_links
       WHERE sha256 = ? AND file_sha256 = ? AND line = ? AND direction <> ? ORDER BY rowid`,
    );
    const stack = this.db.prepare('SELECT stack_id FROM media_stacks WHERE sha256 = ?').pluck();
    const file = this.db.prepare(`SELECT ${FILE_COLUMNS} FROM media_files WHERE sha256 = ? LIMIT 1`);
    const out: AccountMedia[] = [];
    const seen = new Set<string>();
    for (const l of own) {
      const other = counterpart.all(l.sha256, l.file_sha256, l.line, l.direction) as {
        platform: string;
        handle: string;
      }[];
      const key = `${l.sha256}|${l.direction}|${l.file_sha256}|${l.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const f = file.get(l.sha256) as FileRow | undefined;
      out.push({
        sha256: l.sha256,
        direction: l.direction,
        via: l.via,
        message_id: l.message_id,
        conversation_id: l.conversation_id,
        sent_at: l.sent_at,
        counterpart_platform: other[0]?.platform ?? l.platform,
        counterpart_handle: other.map((o) => o.handle).join(';'),
        file: f === undefined ? null : this.toFile(f),
        matches: (
          this.db
            .prepare(
              'SELECT sha256, list, category, by, distance, known_good FROM media_matches WHERE sha256 = ? ORDER BY list, category',
            )
            .all(l.sha256) as MatchRow[]
        ).map(toMatch),
        stack_id: (stack.get(l.sha256) as string | undefined) ?? null,
      });
    }
    return Promise.resolve(out);
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the contract is async; SQLite answers synchronously
  async *attachmentMessages(): AsyncIterable<AttachmentMessage> {
    const stmt = this.readConnection().prepare(
      `SELECT m.platform, m.message_id, m.conversation_id, m.sender, m.recipients, m.sent_at, m.attachments,
              s.sha256 AS file_sha256, m.line
       FROM messages m JOIN sources s ON s.id = m.source_id WHERE m.attachments <> '[]' ORDER BY m.id`,
    );
    for (const r of stmt.iterate() as IterableIterator<
      Omit<AttachmentMessage, 'recipients' | 'attachments'> & { recipients: string; attachments: string }
    >)
      yield {
        ...r,
        recipients: JSON.parse(r.recipients) as string[],
        attachments: JSON.parse(r.attachments) as string[],
      };
  }
}
