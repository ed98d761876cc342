import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/e2e/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-media-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface MediaReport {
  hashed: { files: number; notDecoded: number; byReason: Record<string, number> };
  skipped: number;
  case_files: number;
  matched: number;
  links: { links: number };
}

describe('vigil synth --media, then vigil ingest', () => {
  it('hashes the bundle media into the case, reports undecodable files by reason, and resumes', async () => {
    const bundle = join(dir, 'bundle');
    const kase = join(dir, 'case');
    const synth = await runCli([
      'synth',
      '--out',
      bundle,
      '--scale',
      'tiny',
      '--seed',
      '3',
      '--media',
      '--json',
    ]);
    expect(synth.code, synth.stderr).toBe(0);
    const s = JSON.parse(synth.stdout) as { media: { files: number; known_entries: number; links: number } };
    expect(s.media.files).toBeGreaterThan(10);

    const first = await runCli(['--case', kase, 'ingest', bundle, '--json']);
    expect(first.code, first.stderr).toBe(0);
    const r1 = JSON.parse(first.stdout) as { files: { path: string }[]; media: MediaReport };
    expect(r1.files.map((f) => f.path)).toContain('media_links.csv');
    expect(r1.media.hashed.files).toBe(s.media.files);
    expect(r1.media.hashed.byReason).toMatchObject({ empty: 1, too_large: 1, truncated: 1 });
    expect(r1.media.matched).toBeGreaterThanOrEqual(s.media.known_entries);
    expect(r1.media.links.links).toBe(2 * s.media.links);

    const again = await runCli(['--case', kase, 'ingest', bundle]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/media: 0 files hashed .*, \d+ already in the case/);
    expect(again.stdout).toMatch(/could not be decoded|media match a list/);
  }, 240_000);
});
