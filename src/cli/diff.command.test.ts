import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analysis/stages/analyze.ts';
import { changesSince } from '../analysis/history/changes-since.ts';
import {
  accountsIn,
  accountsOf,
  expectedLeadChanges,
  expectedNewEvidence,
  expectedNewPersons,
  listed,
} from '../analysis/history/testing/change-oracle.ts';
import { splitTwoSeizures, type TwoSeizures } from '../analysis/history/testing/two-seizures.ts';
import type { PersonAnalysis } from '../core/analysis-types.ts';
import type { ChangeList } from '../core/change-types.ts';
import { ingest } from '../ingest/ingest.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { writeSynthBundle } from '../synth/write-synth-bundle.ts';
import { runCli } from '../../test/e2e/run-cli.ts';

/**
 * "The next seizure", end to end: a synthetic operation split into two bundles. The first lacks one
 * buyer (X) entirely and half of another buyer's (Y) records; the second brings them. After each
 * bundle the case is analysed; `vigil diff --since RUN` must list exactly what changed, checked
 * against the two analyses' persons and the rows of the second bundle (change-oracle.ts), not
 * against fixed answers.
 */
let dir: string;
let caseDir: string;
let split: TwoSeizures;
let before: readonly PersonAnalysis[];
let after: readonly PersonAnalysis[];
let secondRun: number;
let yBefore: PersonAnalysis;
let changes: ChangeList;

const holding = (persons: readonly PersonAnalysis[], accounts: ReadonlySet<string>): PersonAnalysis =>
  persons.find((p) => accountsOf(p).some((a) => accounts.has(a)))!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-diff-'));
  caseDir = join(dir, 'case');
  const full = join(dir, 'full');
  await writeSynthBundle({ out: full, scale: 'tiny', seed: 11, badRows: false });
  split = await splitTwoSeizures(full, dir, { newBuyers: 1, growingBuyers: 1 });
  const store = SqliteStore.open(caseDir);
  try {
    await ingest(store, [split.first], { worker: false });
    await analyze(store);
    before = await store.analysis.persons();
    yBefore = holding(before, split.growingBuyers[0]!);
    // an investigator took Y into review before the second seizure
    await store.reviews.update(yBefore.person_id, 0, 'analyst', { status: 'in_review', assignee: 'analyst' });
    secondRun = (await ingest(store, [split.second], { worker: false })).run_id;
    await expect(changesSince(store, secondRun)).rejects.toThrow(/not been analysed since ingest run/);
    await analyze(store);
    after = await store.analysis.persons();
  } finally {
    await store.close();
  }
  const r = await runCli(['--case', caseDir, 'diff', '--since', String(secondRun), '--json']);
  expect(r.stderr).toBe('');
  changes = JSON.parse(r.stdout) as ChangeList;
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vigil diff --since RUN', () => {
  it('compares the last analysis before the run with the latest', () => {
    expect(changes.since_run).toBe(secondRun);
    expect(changes.baseline.last_run).toBe(secondRun - 1);
    expect(changes.current.last_run).toBe(secondRun);
    expect(changes.current.snapshot).toBeGreaterThan(changes.baseline.snapshot);
  });

  it('lists as new exactly the persons sharing no account or transfer with the first analysis', () => {
    const expected = expectedNewPersons(before, after);
    expect(listed(changes).newPersons.sort()).toEqual([...expected].sort());
    expect(expected).toContain(holding(after, split.newBuyers[0]!).person_id);
    expect(changes.counts.new_persons).toBe(expected.length);
  });

  it('lists as having new evidence exactly the known persons named by the second bundle’s rows', () => {
    const newIds = new Set([
      ...listed(changes).newPersons,
      ...changes.split_off.map((x) => x.person.person_id),
    ]);
    const expected = expectedNewEvidence(after, newIds, split.moved);
    expect(listed(changes).newEvidence.sort()).toEqual([...expected].sort());
    // Y: exactly the messages, transfers, IP events and locations the second bundle added for them
    const yNow = holding(after, split.growingBuyers[0]!);
    const entry = changes.new_evidence.find((e) => e.person.person_id === yNow.person_id)!;
    const mine = new Set(accountsOf(yNow));
    const rows = (kind: string) => split.moved.get(kind) ?? [];
    const messages = [...split.moved]
      .filter(([k]) => k.startsWith('messages'))
      .flatMap(([, r]) => r)
      .reduce((n, r) => n + accountsIn('messages', r).filter((a) => mine.has(a)).length, 0);
    const own = (kind: string): number => rows(kind).filter((r) => mine.has(accountsIn(kind, r)[0]!)).length;
    expect(entry.added).toEqual({
      messages,
      transfers: rows('transactions').filter((r) => yNow.transactions.includes(r.transaction_id!)).length,
      ip_events: own('ip_events'),
      locations: own('locations'),
    });
    expect(entry.added.messages).toBeGreaterThan(0);
    expect(entry.previous_person_id).toBe(yBefore.person_id);
    expect(entry.review).toMatchObject({ status: 'in_review', assignee: 'analyst', version: 1 });
  });

  it('lists exactly the leads that appeared, dropped out or moved, with their reviews', () => {
    const got = listed(changes).leads;
    const splits = new Set(changes.split_off.map((x) => x.person.person_id));
    expect([...got].sort()).toEqual(expectedLeadChanges(before, after, splits).sort());
    const x = holding(after, split.newBuyers[0]!);
    expect(x.lead).toBe(true);
    expect(got).toContain(`appeared ${x.person_id}`);
    for (const l of changes.leads) {
      const reviewed = [l.person?.person_id, l.previous?.person_id].includes(yBefore.person_id);
      expect(l.review === null).toBe(!reviewed);
    }
  });

  it('prints the change list for people, and refuses a run with nothing before it', async () => {
    const text = await runCli(['--case', caseDir, 'diff', '--since', String(secondRun)]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Changes since ingest run ${secondRun}`);
    expect(text.stdout).toContain(`${changes.counts.new_persons} new persons`);
    expect(text.stdout).toContain('Known persons with new evidence');
    const first = await runCli(['--case', caseDir, 'diff', '--since', '1']);
    expect(first.code).toBe(1);
    expect(first.stderr).toBe(
      'vigil: No analysis was recorded before ingest run 1, so there is nothing to compare it with.\n',
    );
    const missing = await runCli(['--case', caseDir, 'diff', '--since', '9']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^vigil: There is no ingest run 9 in this case/);
  });
});
