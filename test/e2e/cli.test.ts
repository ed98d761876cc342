import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlantedBundle, type PlantedBundle } from '../../src/ingest/testing/planted-bundle.ts';
import { runCli } from './run-cli.ts';

let dir: string;
let bundle: PlantedBundle;
let caseDir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-cli-'));
  bundle = writePlantedBundle(join(dir, 'bundle'));
  caseDir = join(dir, 'case');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vigil CLI', () => {
  it('ingest --json prints the report per cli.md and reconciles', async () => {
    const r = await runCli(['--case', caseDir, 'ingest', bundle.dir, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      files: {
        path: string;
        sha256: string;
        kind: string;
        rows_read: number;
        rows_stored: number;
        rows_quarantined: number;
        duplicates: number;
      }[];
      totals: Record<string, number>;
      skipped_files: { path: string; reason: string }[];
    };
    expect(Object.keys(report.totals).sort()).toEqual([
      'duplicates',
      'rows_quarantined',
      'rows_read',
      'rows_stored',
    ]);
    expect(report.totals.rows_quarantined).toBe(bundle.bad.length);
    expect(report.totals.rows_read).toBe(
      report.totals.rows_stored! + report.totals.rows_quarantined! + report.totals.duplicates!,
    );
    expect(report.files.map((f) => f.kind)).toContain('transactions');
  });

  it('search --json returns hits with provenance; VIGIL_CASE names the case', async () => {
    const r = await runCli(['search', 'john.smith77@mail.com', '--json'], { VIGIL_CASE: caseDir });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as {
      total: number;
      total_is_lower_bound: boolean;
      hits: { platform: string; source: { file_sha256: string; line: number } }[];
    };
    expect(result.total).toBe(1);
    expect(result.total_is_lower_bound).toBe(false);
    expect(result.hits[0]).toMatchObject({ platform: 'whatsapp', source: { line: 1 } });
  });

  it('stats and quarantine answer in JSON', async () => {
    const stats = JSON.parse((await runCli(['--case', caseDir, 'stats', '--json'])).stdout) as {
      kinds: { kind: string; count: number }[];
    };
    expect(stats.kinds.find((k) => k.kind === 'messages')!.count).toBe(
      bundle.good['messages.csv']! + bundle.good['messages-export.jsonl']!,
    );
    const q = JSON.parse((await runCli(['--case', caseDir, 'quarantine', '--json'])).stdout) as {
      rows: unknown[];
    };
    expect(q.rows).toHaveLength(bundle.bad.length);
  });

  it('says what is wrong in one sentence, with exit 1, for user mistakes', async () => {
    const missing = await runCli(['--case', caseDir, 'ingest', join(dir, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^vigil: .*nope does not exist\.$/);
    const badQuery = await runCli(['--case', caseDir, 'search', '"unclosed']);
    expect(badQuery.code).toBe(1);
    expect(badQuery.stderr).not.toMatch(/\n\s+at /);
    const badZone = await runCli(['--case', caseDir, 'ingest', bundle.dir, '--timezone', 'Mars/Base']);
    expect(badZone.code).toBe(1);
    expect(badZone.stderr).toMatch(/not an IANA time zone/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['ingest'])).code).toBe(2);
    expect((await runCli(['no-such-command'])).code).toBe(2);
    expect((await runCli(['--help'])).code).toBe(0);
  });
});
