import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { runCli } from './run-cli.ts';

let dir: string;
let bundle: string;
let caseArgs: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-analysis-'));
  bundle = join(dir, 'bundle');
  caseArgs = ['--case', join(dir, 'case')];
  expect((await runCli(['synth', '--out', bundle, '--scale', 'tiny', '--seed', '11'])).code).toBe(0);
  expect((await runCli([...caseArgs, 'ingest', bundle, '--json'])).code).toBe(0);
  const analysed = await runCli([...caseArgs, 'analyze', '--json']);
  expect(analysed.stderr).toBe('');
  expect(analysed.code).toBe(0);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Lead {
  rank: number;
  person_id: string;
  lead: boolean;
  score: number;
  country: string | null;
  country_candidates: { country: string; p: number; evidence: string[] }[];
  accounts: { platform: string; handle: string }[];
  transactions: string[];
  reasons: { indicator: string; weight: number; detail: string; evidence: { kind: string; id: string }[] }[];
}

describe('analysis through the CLI', () => {
  it('ranks leads in the cli.md shape, every reason with its evidence', async () => {
    const r = await runCli([...caseArgs, 'leads', '--all', '--json']);
    expect(r.code).toBe(0);
    const { leads } = JSON.parse(r.stdout) as { leads: Lead[] };
    expect(leads.length).toBeGreaterThan(10);
    expect(leads.map((l) => l.rank)).toEqual(leads.map((_, i) => i + 1));
    const top = leads[0]!;
    expect(top.lead).toBe(true);
    for (const reason of top.reasons.filter((x) => ['B1', 'B7'].includes(x.indicator)))
      expect(reason.evidence.length).toBeGreaterThan(0);
    expect(top.country_candidates[0]!.evidence.length).toBeGreaterThan(0);
    const onlyLeads = JSON.parse((await runCli([...caseArgs, 'leads', '--json'])).stdout) as {
      leads: Lead[];
    };
    expect(onlyLeads.leads.every((l) => l.lead)).toBe(true);
  });

  it('explains one person, by id or by account, with links and their weights', async () => {
    const { leads } = JSON.parse((await runCli([...caseArgs, 'leads', '--json'])).stdout) as {
      leads: Lead[];
    };
    const lead = leads.find((l) => l.accounts.length > 0 && l.transactions.length > 0)!;
    const byAccount = await runCli([
      ...caseArgs,
      'person',
      `${lead.accounts[0]!.platform}:${lead.accounts[0]!.handle}`,
      '--json',
    ]);
    const person = JSON.parse(byAccount.stdout) as Lead & {
      links: { weight: number; breakdown: unknown[] }[];
    };
    expect(person.person_id).toBe(lead.person_id);
    expect(person.links.length).toBeGreaterThan(0);
    expect(person.links[0]!.breakdown.length).toBeGreaterThan(0);
    const missing = await runCli([...caseArgs, 'person', 'p-000000000000']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No person p-000000000000/);
  });

  it('scores the case against the truth', async () => {
    const r = await runCli([...caseArgs, 'eval', bundle, '--json']);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as Record<string, Record<string, number>>;
    for (const key of ['leads', 'at_k', 'accounts_pairwise', 'transfers_to_payer', 'lead_country', 'urgent'])
      expect(e[key], key).toBeDefined();
    expect(e.transfers_to_payer!.accuracy).toBeGreaterThan(0.5);
  });

  it('keeps a split decision through re-analysis', async () => {
    const { leads } = JSON.parse((await runCli([...caseArgs, 'leads', '--all', '--json'])).stdout) as {
      leads: Lead[];
    };
    const p = leads.find((l) => l.accounts.length > 0 && l.transactions.length > 0)!;
    const account = `acct:${p.accounts[0]!.platform}:${p.accounts[0]!.handle}`;
    const store = SqliteStore.open(join(dir, 'case'));
    await store.analysis.addDecision({
      kind: 'split',
      a: account,
      b: `tx:${p.transactions[0]!}`,
      user: 'test',
      note: null,
    });
    await store.close();
    expect((await runCli([...caseArgs, 'analyze', '--stage', 'linkage,assess'])).code).toBe(0);
    const after = JSON.parse(
      (await runCli([...caseArgs, 'person', account.slice(5), '--json'])).stdout,
    ) as Lead;
    expect(after.transactions).not.toContain(p.transactions[0]);
  });

  it('packages only with an override while nothing is approved, and the packages verify', async () => {
    const out = join(dir, 'packages');
    const refused = await runCli([
      ...caseArgs,
      'package',
      '--out',
      out,
      '--all',
      '--keys',
      join(dir, 'keys'),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/approved for dissemination/);
    const built = await runCli([
      ...caseArgs,
      'package',
      '--out',
      out,
      '--all',
      '--keys',
      join(dir, 'keys'),
      '--override',
      'test',
    ]);
    expect(built.code).toBe(0);
    const countries = readdirSync(out);
    expect(countries.length).toBeGreaterThan(0);
    expect((await runCli(['verify', join(out, countries[0]!)])).code).toBe(0);
  });

  it('exports the case as FtM entities, GraphML and CSV', async () => {
    for (const format of ['ftm', 'graphml', 'csv']) {
      const r = await runCli([
        ...caseArgs,
        'export',
        '--format',
        format,
        '--out',
        join(dir, `export-${format}`),
      ]);
      expect(r.code, r.stderr).toBe(0);
    }
    const entities = readFileSync(join(dir, 'export-ftm', 'entities.json'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { schema: string });
    expect(new Set(entities.map((e) => e.schema))).toContain('Person');
    expect(readFileSync(join(dir, 'export-graphml', 'case.graphml'), 'utf8')).toMatch(
      /<graphml[\s\S]*<node id="p-[\s\S]*<edge /,
    );
    expect(readFileSync(join(dir, 'export-csv', 'persons.csv'), 'utf8').split('\r\n')[0]).toMatch(
      /^person_id,role,lead,rank,score/,
    );
    expect((await runCli([...caseArgs, 'export', '--format', 'pdf', '--out', dir])).code).toBe(1);
  });
});
