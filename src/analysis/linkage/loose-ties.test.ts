import { describe, expect, it } from 'vitest';
import { cutLooseTies } from './loose-ties.ts';

interface L {
  a: string;
  b: string;
  weight: number;
  bridge: boolean;
  status: string;
  loose: boolean;
}
const link = (a: string, b: string, loose = false, status = 'match'): L => ({
  a,
  b,
  weight: 10,
  bridge: true,
  status,
  loose,
});

/** Claims per account: which transfers its "sent" messages point at. */
const claims: Record<string, string[]> = {
  'acct:a': ['tx:1', 'tx:2', 'tx:9'],
  'acct:b': ['tx:9'],
};
const rules = {
  isAccount: (m: string) => m.startsWith('acct:'),
  loose: (l: L) => l.loose,
  support: (accounts: readonly string[], payers: readonly string[]) =>
    payers.filter((p) => accounts.some((a) => claims[a]?.includes(p))).length,
};
const groups = (r: ReturnType<typeof cutLooseTies<L>>): string[] =>
  r.clusters.map((c) => [...c.members].sort().join(' ')).sort();

describe('timing claims that would join two payers', () => {
  it('keeps an account with the one payer it claims most, and cuts the coincidence', () => {
    // acct:a claims tx:1 and tx:2 (one payer, same name) and once tx:9 (another payer's transfer)
    const members = ['acct:a', 'tx:1', 'tx:2', 'tx:9', 'tx:10'];
    const links = [
      link('acct:a', 'tx:1', true),
      link('tx:1', 'tx:2'),
      link('acct:a', 'tx:9', true),
      link('tx:9', 'tx:10'),
    ];
    const r = cutLooseTies([{ id: 'acct:a', members }], links, rules);
    expect(groups(r)).toEqual(['acct:a tx:1 tx:2', 'tx:10 tx:9']);
    expect(r.dropped).toEqual([links[2]]);
  });

  it('cuts both when the account claims two payers equally', () => {
    claims['acct:c'] = ['tx:1', 'tx:9'];
    const links = [link('acct:c', 'tx:1', true), link('acct:c', 'tx:9', true)];
    const r = cutLooseTies([{ id: 'acct:c', members: ['acct:c', 'tx:1', 'tx:9'] }], links, rules);
    expect(groups(r)).toEqual(['acct:c', 'tx:1', 'tx:9']);
  });

  it('gives no second payer to an account already tied to one by a quoted reference or a name', () => {
    const links = [link('acct:a', 'tx:1'), link('acct:a', 'tx:9', true), link('tx:9', 'tx:10')];
    const r = cutLooseTies([{ id: 'acct:a', members: ['acct:a', 'tx:1', 'tx:9', 'tx:10'] }], links, rules);
    expect(groups(r)).toEqual(['acct:a tx:1', 'tx:10 tx:9']);
  });

  it('leaves clusters without timing-only links, and decisions, alone', () => {
    const links = [link('acct:b', 'tx:9', true, 'must_link'), link('acct:b', 'tx:8', true, 'must_link')];
    const r = cutLooseTies([{ id: 'acct:b', members: ['acct:b', 'tx:8', 'tx:9'] }], links, rules);
    expect(groups(r)).toEqual(['acct:b tx:8 tx:9']);
    expect(r.dropped).toEqual([]);
    const plain = cutLooseTies([{ id: 'x', members: ['acct:b', 'tx:9'] }], [link('acct:b', 'tx:9')], rules);
    expect(groups(plain)).toEqual(['acct:b tx:9']);
  });

  it('lets a lone claim join an account to a single payer', () => {
    const links = [link('acct:b', 'tx:9', true), link('tx:9', 'tx:10')];
    const r = cutLooseTies([{ id: 'acct:b', members: ['acct:b', 'tx:9', 'tx:10'] }], links, rules);
    expect(groups(r)).toEqual(['acct:b tx:10 tx:9']);
  });
});
