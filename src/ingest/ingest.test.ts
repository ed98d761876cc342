import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { ingest } from './ingest.ts';
import { gzipped, writePlantedBundle, type PlantedBundle } from './testing/planted-bundle.ts';
import { parseColumnMap } from '../bundle/columns.ts';

let dir: string;
let bundle: PlantedBundle;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-ingest-'));
  bundle = writePlantedBundle(join(dir, 'bundle'));
  store = SqliteStore.open(join(dir, 'case'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string): number =>
  store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('ingest', () => {
  it('quarantines every planted bad row with its line and reason, and every file reconciles', async () => {
    const report = await ingest(store, [bundle.dir]);
    for (const f of report.files) {
      expect(f.error, f.path).toBeNull();
      expect(f.rows_read, f.path).toBe(f.rows_stored + f.rows_quarantined + f.duplicates);
      expect(f.rows_stored, f.path).toBe(bundle.good[f.path]);
      expect(f.rows_quarantined, f.path).toBe(bundle.bad.filter((b) => b.file === f.path).length);
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const q = await store.quarantine();
    expect(q).toHaveLength(bundle.bad.length);
    for (const planted of bundle.bad) {
      const entry = q.find((e) => e.file === planted.file && e.line === planted.line);
      expect(entry, `${planted.file}:${planted.line}`).toBeDefined();
      expect(entry!.reason).toMatch(planted.reason);
    }
    expect(report.skipped_files.map((s) => s.path).sort()).toEqual([...bundle.skipped].sort());
  });

  it('adds nothing when the same bundle is ingested again', async () => {
    const first = await ingest(store, [bundle.dir]);
    const before = count('messages') + count('transactions') + count('quarantine');
    const again = await ingest(store, [bundle.dir]);
    expect(count('messages') + count('transactions') + count('quarantine')).toBe(before);
    expect(again.totals.rows_stored).toBe(0);
    expect(again.totals.duplicates).toBe(first.totals.rows_stored);
    expect(again.totals.rows_read).toBe(first.totals.rows_read);
  });

  it('adds only the new rows of a file that grew', async () => {
    await ingest(store, [bundle.dir]);
    appendFileSync(
      join(bundle.dir, 'messages.csv'),
      'new1,skype,c9,2019-04-01T10:00:00Z,buyer_9,seller_1,"flight lands 14:05, meet at arrivals",\n',
    );
    const report = await ingest(store, [join(bundle.dir, 'messages.csv')]);
    expect(report.files[0]).toMatchObject({ rows_stored: 1, duplicates: bundle.good['messages.csv'] });
    expect(count('quarantine')).toBe(bundle.bad.length);
  });

  it('stores provenance: the source file SHA-256 and the line', async () => {
    const report = await ingest(store, [bundle.dir]);
    const sha = report.files.find((f) => f.path === 'transactions.csv')!.sha256;
    const rows = [];
    for await (const r of store.records('transactions')) rows.push(r);
    expect(rows.map((r) => [r.transaction_id, r.file_sha256, r.line])).toEqual([
      ['8273645512', sha, 2],
      ['8273645513', sha, 3],
    ]);
  });

  it('reads .gz transparently and reports a truncated .gz as one error while the other files load', async () => {
    const csv = readFileSync(join(bundle.dir, 'messages.csv'));
    rmSync(join(bundle.dir, 'messages.csv'));
    writeFileSync(join(bundle.dir, 'messages.csv.gz'), gzipped(csv));
    const ok = await ingest(store, [join(bundle.dir, 'messages.csv.gz')]);
    expect(ok.files[0]).toMatchObject({ error: null, rows_stored: bundle.good['messages.csv'] });

    const other = SqliteStore.open(join(dir, 'case2'));
    const big = Buffer.concat(
      Array.from({ length: 2000 }, (_, i) =>
        Buffer.from(`x${i},skype,c,2019-01-01T00:00:00Z,a,b,"hello there ${i * 7919}",\n`),
      ),
    );
    writeFileSync(join(bundle.dir, 'messages.csv.gz'), gzipped(Buffer.concat([csv, big]), 3000));
    const report = await ingest(other, [bundle.dir]);
    const broken = report.files.find((f) => f.path === 'messages.csv.gz')!;
    expect(broken.error).toMatch(/truncated/);
    expect(broken.rows_read).toBe(broken.rows_stored + broken.rows_quarantined + broken.duplicates);
    expect(
      report.files
        .filter((f) => f.path !== 'messages.csv.gz')
        .every((f) => f.error === null && f.rows_stored > 0),
    ).toBe(true);
    await other.close();
  });

  it('parses in a worker thread and on this thread with identical results', async () => {
    const a = await ingest(store, [bundle.dir], { worker: true, batchSize: 7 });
    const other = SqliteStore.open(join(dir, 'case2'));
    const b = await ingest(other, [bundle.dir], { worker: false });
    expect(b.files).toEqual(a.files);
    const dump = (s: SqliteStore): unknown =>
      s.db.prepare('SELECT key, key2, message_id, body, line FROM messages ORDER BY key').all();
    expect(dump(other)).toEqual(dump(store));
    await other.close();
  });

  it('maps columns with --map and reads naive times in the declared zone', async () => {
    const file = join(dir, 'chat-export.csv');
    writeFileSync(
      file,
      'Service,When,From,To,Text\nviber,2020-06-01 09:30:00,Alice,bob,"meet 10am at the terminal"\n',
    );
    const report = await ingest(store, [file], {
      kind: 'messages',
      zone: 'Europe/Berlin',
      map: parseColumnMap('platform=Service,sent_at=When,sender=From,recipients=To,body=Text'),
    });
    expect(report.files[0]).toMatchObject({ rows_stored: 1, rows_quarantined: 0 });
    const [row] = store.db.prepare('SELECT sent_at, sent_at_text, sender FROM messages').all() as {
      sent_at: number;
      sent_at_text: string;
      sender: string;
    }[];
    expect(row).toEqual({
      sent_at: Date.UTC(2020, 5, 1, 7, 30),
      sent_at_text: '2020-06-01 09:30:00',
      sender: 'alice',
    });
  });

  it('says which column is missing instead of quarantining every row', async () => {
    const file = join(dir, 'messages-odd.csv');
    writeFileSync(file, 'platform,time,sender,recipients\nskype,2020-01-01T00:00:00Z,a,b\n');
    const report = await ingest(store, [file]);
    expect(report.files[0]!.error).toMatch(/no column sent_at .*--map sent_at=Header/);
  });
});
