import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalInput } from '../canonical-input.ts';
import { effectiveMarkings } from '../markings.ts';
import { fixtureLead, fixtureNetwork, fixturePackageInput } from '../package-fixtures.ts';
import type { PackageInput } from '../package-input.ts';
import { buildReport } from './build-report.ts';

const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

function pdftotext(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, pdf, '-'], { encoding: 'utf8' });
}

function pages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

async function writeReport(input: PackageInput, name: string): Promise<string> {
  const canonical = canonicalInput(input);
  const pdf = await buildReport(canonical, effectiveMarkings(canonical));
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

describe('report.pdf', () => {
  const base = fixturePackageInput('DE', []);
  const ivan = fixtureLead(7, 'DE', { handling_code: 'H2', tlp: 'RED' });
  const input: PackageInput = {
    ...base,
    leads: [0, 1, 2].map((i) => ({ ...fixtureLead(i, 'DE'), rank: i + 1 })).concat({ ...ivan, rank: 4 }),
  };

  it('has the cover, the summary and every lead, with evidence an officer can act on', async () => {
    const path = await writeReport(input, 'report-DE');
    const text = pdftotext(path);
    for (const expected of [
      'Operation Lantern (synthetic)',
      'For National Police DE (synthetic) (DE)',
      '2026-11-20 09:30:00 UTC',
      'Summary of leads',
      'Why this person is a lead',
      'B7 (weight 2.40)',
      'IP addresses (for subscriber requests)',
      'Chat excerpts',
      "Investigators' notes",
      'Media matches (counts and hashes only)',
      'Attributed to',
      'Source files',
      ...input.sourceFiles.map((f) => f.sha256),
    ]) {
      expect(text).toContain(expected);
    }
    for (const lead of input.leads) {
      expect(text).toContain(lead.person_id);
      for (const p of lead.payments) expect(text).toContain(p.transaction_id);
      for (const e of lead.ip_events) {
        expect(text).toContain(e.ip);
        if (e.port !== null) expect(text).toContain(String(e.port));
      }
      for (const c of lead.chat_excerpts) {
        expect(text).toContain(c.message_id);
        expect(text).toContain(`sha256 ${c.source.file_sha256}, line ${c.source.line}`);
      }
      for (const h of lead.media_matches.hashes) expect(text).toContain(h.value);
    }
    expect(text).toContain('2023-01-09 20:15:17');
    expect(text).toContain('not recorded');
    // Names outside WinAnsi are transliterated and flagged, never garbled.
    expect(text).toContain('Ivan Dvorák\u2020');
  });

  it('marks every page in header and footer with the strictest markings and numbers the pages', async () => {
    const path = await writeReport(input, 'report-DE');
    const n = pages(path);
    expect(n).toBeGreaterThanOrEqual(6);
    for (let p = 1; p <= n; p++) {
      const text = pdftotext(path, p);
      expect(text.match(/TLP:RED/g)?.length, `page ${p}`).toBeGreaterThanOrEqual(2);
      expect(text, `page ${p}`).toContain('Handling code H2');
      expect(text, `page ${p}`).toContain(`Page ${p} of ${n}`);
    }
    expect(pdftotext(path, 1).replace(/\s+/g, ' ')).toContain(
      'raised from TLP:AMBER / H1 by 1 item marked more strictly',
    );
  });

  it('renders page 1 to PNG with pdftoppm', async () => {
    const path = await writeReport(
      { ...fixturePackageInput('PH', []), networks: [fixtureNetwork('PH')] },
      'report-PH-network',
    );
    expect(pdftotext(path)).toContain('Seller network: Network 1');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '72',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path,
      join(ARTIFACTS, 'report-PH-page-1'),
    ]);
    const de = await writeReport(input, 'report-DE');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '72',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      de,
      join(ARTIFACTS, 'report-DE-page-1'),
    ]);
    const png = readFileSync(join(ARTIFACTS, 'report-DE-page-1.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });
});
