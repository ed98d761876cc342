import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../ingest/ingest.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { forbiddenIn } from './lexicon/neutral-vocabulary.ts';
import { writeSynthBundle } from './write-synth-bundle.ts';

const root = mkdtempSync(join(tmpdir(), 'vigil-synth-ingest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function ingestInto(
  bundle: string,
): Promise<{ report: Awaited<ReturnType<typeof ingest>>; store: SqliteStore }> {
  const store = SqliteStore.open(mkdtempSync(join(root, 'case-')));
  const report = await ingest(store, [bundle], { worker: false });
  return { report, store };
}

describe('a synthetic bundle through ingest', () => {
  it('ingests with nothing quarantined and nothing duplicated', async () => {
    const out = join(root, 'clean');
    const summary = await writeSynthBundle({ out, scale: 'tiny', seed: 3, badRows: false });
    const { report, store } = await ingestInto(out);
    try {
      expect(report.totals.rows_quarantined).toBe(0);
      expect(report.totals.duplicates).toBe(0);
      for (const f of report.files) {
        expect(f.error, f.path).toBeNull();
        expect(f.rows_stored, f.path).toBe(summary.files[f.path]);
      }
      const bodies = store.db.prepare('SELECT body FROM messages').pluck().all() as string[];
      expect(bodies.length).toBeGreaterThan(1000);
      expect(bodies.flatMap(forbiddenIn)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('quarantines exactly the planted bad rows, at the listed lines', async () => {
    const out = join(root, 'bad');
    await writeSynthBundle({ out, scale: 'tiny', seed: 3, badRows: true });
    const { store } = await ingestInto(out);
    try {
      const planted = readFileSync(join(out, 'truth/bad_rows.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').slice(0, 2).join(':'))
        .sort();
      const quarantined = (await store.quarantine()).map((q) => `${q.file}:${q.line}`).sort();
      expect(quarantined).toEqual(planted);
    } finally {
      await store.close();
    }
  });
});
