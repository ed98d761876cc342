import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTruth } from './read-truth.ts';
import { writeSynthBundle } from './write-synth-bundle.ts';

const root = mkdtempSync(join(tmpdir(), 'vigil-truth-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readTruth', () => {
  it('reads back what writeSynthBundle reports', async () => {
    const s = await writeSynthBundle({ out: root, scale: 'tiny', seed: 11, badRows: true });
    const t = readTruth(root);
    expect(t.persons.filter((p) => p.is_lead)).toHaveLength(s.leads);
    expect(t.persons.filter((p) => p.urgent)).toHaveLength(s.urgent);
    expect(t.accounts).toHaveLength(s.files['truth/accounts.csv']!);
    expect(t.transactions).toHaveLength(s.files['truth/transactions.csv']!);
    expect(t.networks).toHaveLength(s.networks.total);
    expect(t.networks.filter((n) => !n.known)).toHaveLength(s.networks.unknown);
    expect(t.bad_rows).toHaveLength(s.bad_rows);
    const ids = new Set(t.persons.map((p) => p.person_id));
    expect(t.network_members.every((m) => ids.has(m.person_id))).toBe(true);
    expect(t.persons.every((p) => ['seller', 'buyer', 'other'].includes(p.role))).toBe(true);
  });
});
