import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analysis/stages/analyze.ts';
import { changesSince } from '../analysis/history/changes-since.ts';
import { splitBundle, type Row } from '../analysis/history/testing/split-bundle.ts';
import type { PersonAnalysis } from '../core/analysis-types.ts';
import type { ChangeList } from '../core/change-types.ts';
import { ingest } from '../ingest/ingest.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { readTruth } from '../synth/read-truth.ts';
import { writeSynthBundle } from '../synth/write-synth-bundle.ts';
import { runCli } from '../../test/e2e/run-cli.ts';

/**
 * "The next seizure", end to end: a synthetic operation split into two bundles. The first lacks one
 * buyer (X) entirely and half of another buyer's (Y) records; the second brings them. After each
 * bundle the case is analysed; `vigil diff --since RUN` must list exactly what changed, checked
 * against the two analyses' persons and the rows of the second bundle (not against fixed answers).
 */
let dir: string;
let caseDir: string;
let moved: Map<string, Row[]>;
let xAccounts: Set<string>;
let yAccounts: Set<string>;
let before: readonly PersonAnalysis[];
let after: readonly PersonAnalysis[];
let secondRun: number;
let yBefore: PersonAnalysis;
let changes: ChangeList;

const acct = (platform: string, handle: string): string => `${platform}:${handle}`;
const accountsOf = (p: PersonAnalysis): string[] => p.accounts.map((a) => acct(a.platform, a.handle));
const membersOf = (p: PersonAnalysis): string[] => [
  ...accountsOf(p).map((a) => `acct:${a}`),
  ...p.transactions.map((t) => `tx:${t}`),
];
const recipients = (r: Row): string[] => (r.recipients ?? '').split(';').filter((h) => h !== '');
/** Accounts a moved row names: a message's sender and recipients, an IP event's or location's account. */
const accountsIn = (kind: string, r: Row): string[] =>
  kind.startsWith('messages')
    ? [r.sender!, ...recipients(r)].map((h) => acct(r.platform!, h))
    : r.platform !== undefined && r.handle !== undefined
      ? [acct(r.platform, r.handle)]
      : [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-diff-'));
  caseDir = join(dir, 'case');
  const full = join(dir, 'full');
  await writeSynthBundle({ out: full, scale: 'tiny', seed: 11, badRows: false });
  const truth = readTruth(full);
  const leads = truth.persons.filter((p) => p.role === 'buyer' && p.is_lead);
  const withAccounts = leads.filter((p) => truth.accounts.some((a) => a.person_id === p.person_id));
  const [x, y] = withAccounts;
  xAccounts = new Set(
    truth.accounts.filter((a) => a.person_id === x!.person_id).map((a) => acct(a.platform, a.handle)),
  );
  yAccounts = new Set(
    truth.accounts.filter((a) => a.person_id === y!.person_id).map((a) => acct(a.platform, a.handle)),
  );
  const xTransfers = new Set(
    truth.transactions.filter((t) => t.sender_person_id === x!.person_id).map((t) => t.transaction_id),
  );
  const yTransfers = new Set(
    truth.transactions.filter((t) => t.sender_person_id === y!.person_id).map((t) => t.transaction_id),
  );
  // Y's records alternate between the seizures; X's are all in the second
  const seen = new Map<string, number>();
  const alternate = (key: string): boolean => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n % 2 === 1;
  };
  moved = splitBundle(full, join(dir, 'first'), join(dir, 'second'), (kind, r) => {
    if (kind === 'transactions')
      return xTransfers.has(r.transaction_id!) || (yTransfers.has(r.transaction_id!) && alternate(kind));
    const names = accountsIn(kind, r);
    if (kind === 'accounts') return xAccounts.has(acct(r.platform!, r.handle!));
    if (names.some((a) => xAccounts.has(a))) return true;
    const yOwn = kind.startsWith('messages') ? acct(r.platform!, r.sender!) : names[0]!;
    return yAccounts.has(yOwn) && alternate(kind);
  });

  const store = SqliteStore.open(caseDir);
  try {
    await ingest(store, [join(dir, 'first')], { worker: false });
    await analyze(store);
    before = await store.analysis.persons();
    yBefore = before.find((p) => accountsOf(p).some((a) => yAccounts.has(a)))!;
    // an investigator took Y's lead into review before the second seizure
    await store.reviews.update(yBefore.person_id, 0, 'analyst', { status: 'in_review', assignee: 'analyst' });
    secondRun = (await ingest(store, [join(dir, 'second')], { worker: false })).run_id;
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
    const known = new Set(before.flatMap(membersOf));
    const expected = after.filter((p) => !membersOf(p).some((m) => known.has(m))).map((p) => p.person_id);
    expect(changes.new_persons.map((n) => n.person.person_id).sort()).toEqual(expected.sort());
    expect(changes.new_persons.every((n) => n.split_from === null)).toBe(true);
    // the new buyer X is among them, with their accounts
    const xPerson = after.find((p) => accountsOf(p).some((a) => xAccounts.has(a)))!;
    expect(expected).toContain(xPerson.person_id);
    expect(changes.counts.new_persons).toBe(expected.length);
  });

  it('lists as having new evidence exactly the known persons named by the second bundle’s rows', () => {
    const named = new Set<string>();
    const transfers = new Set((moved.get('transactions') ?? []).map((r) => r.transaction_id!));
    for (const [kind, rows] of moved)
      if (kind !== 'accounts') for (const r of rows) for (const a of accountsIn(kind, r)) named.add(a);
    const newIds = new Set(changes.new_persons.map((n) => n.person.person_id));
    const expected = after
      .filter((p) => !newIds.has(p.person_id))
      .filter((p) => accountsOf(p).some((a) => named.has(a)) || p.transactions.some((t) => transfers.has(t)))
      .map((p) => p.person_id);
    expect(changes.new_evidence.map((e) => e.person.person_id).sort()).toEqual(expected.sort());
    // Y: exactly the messages, transfers and IP events the second bundle added for their accounts
    const yNow = after.find((p) => accountsOf(p).some((a) => yAccounts.has(a)))!;
    const entry = changes.new_evidence.find((e) => e.person.person_id === yNow.person_id)!;
    const mine = new Set(accountsOf(yNow));
    const messages = [...moved]
      .filter(([k]) => k.startsWith('messages'))
      .flatMap(([, rows]) => rows)
      .reduce((n, r) => n + accountsIn('messages', r).filter((a) => mine.has(a)).length, 0);
    const count = (kind: string): number =>
      (moved.get(kind) ?? []).filter((r) => mine.has(acct(r.platform!, r.handle!))).length;
    expect(entry.added).toEqual({
      messages,
      transfers: (moved.get('transactions') ?? []).filter((r) =>
        yNow.transactions.includes(r.transaction_id!),
      ).length,
      ip_events: count('ip_events'),
      locations: count('locations'),
    });
    expect(entry.added.messages).toBeGreaterThan(0);
    expect(entry.previous_person_id).toBe(yBefore.person_id);
    expect(entry.review).toMatchObject({ status: 'in_review', assignee: 'analyst', version: 1 });
  });

  it('lists exactly the leads that appeared, dropped out or moved, with their reviews', () => {
    const holder = new Map<string, PersonAnalysis>();
    for (const p of before) for (const m of membersOf(p)) holder.set(m, p);
    const expected: string[] = [];
    const matched = new Set<string>();
    for (const p of after) {
      const counts = new Map<PersonAnalysis, number>();
      for (const m of membersOf(p)) {
        const was = holder.get(m);
        if (was !== undefined) counts.set(was, (counts.get(was) ?? 0) + 1);
      }
      const prev = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      if (prev !== undefined) matched.add(prev.person_id);
      if (prev === undefined) {
        if (p.lead) expected.push(`appeared ${p.person_id}`);
      } else if (p.lead !== prev.lead) expected.push(`${p.lead ? 'appeared' : 'dropped'} ${p.person_id}`);
      else if (
        p.lead &&
        (Math.abs(p.score - prev.score) > 0.0005 || p.country !== prev.country || p.urgent !== prev.urgent)
      )
        expected.push(`moved ${p.person_id}`);
    }
    for (const p of before) if (p.lead && !matched.has(p.person_id)) expected.push(`dropped ${p.person_id}`);
    const got = changes.leads.map((l) => `${l.kind} ${(l.person ?? l.previous)!.person_id}`);
    expect(got.sort()).toEqual(expected.sort());
    // X is a lead now, and appeared
    const xPerson = after.find((p) => accountsOf(p).some((a) => xAccounts.has(a)))!;
    if (xPerson.lead) expect(got).toContain(`appeared ${xPerson.person_id}`);
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
