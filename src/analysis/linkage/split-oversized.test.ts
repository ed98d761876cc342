import { describe, expect, it } from 'vitest';
import { splitOversized, type SplitLink } from './split-oversized.ts';

const link = (a: string, b: string, weight: number, bridge: boolean, status = 'linked'): SplitLink => ({
  a,
  b,
  weight,
  bridge,
  status,
});
const accounts = (m: string): number => (m.startsWith('acct:') ? 1 : 0);

describe('splitOversized', () => {
  // two tight groups of three accounts each, held together by one weak bridge through a payer record
  const members = ['acct:a1', 'acct:a2', 'acct:a3', 'tx:1', 'acct:b1', 'acct:b2', 'acct:b3'];
  const links = [
    link('acct:a1', 'acct:a2', 20, false),
    link('acct:a2', 'acct:a3', 20, false),
    link('acct:a3', 'tx:1', 12, true),
    link('tx:1', 'acct:b1', 7, true),
    link('acct:b1', 'acct:b2', 20, false),
    link('acct:b2', 'acct:b3', 20, false),
  ];
  const clusters = [{ id: 'acct:a1', members }];

  it('cuts an oversized cluster at its weakest bridge only', () => {
    const r = splitOversized(clusters, links, accounts, 4);
    expect(r.dropped).toEqual([links[3]]);
    expect(r.clusters).toEqual([
      { id: 'acct:a1', members: ['acct:a1', 'acct:a2', 'acct:a3', 'tx:1'] },
      { id: 'acct:b1', members: ['acct:b1', 'acct:b2', 'acct:b3'] },
    ]);
  });

  it('leaves clusters within the limit, and decisions, alone', () => {
    expect(splitOversized(clusters, links, accounts, 6).dropped).toEqual([]);
    const decided = links.map((l) => (l.weight === 7 ? { ...l, status: 'must_link' } : l));
    const r = splitOversized(clusters, decided, accounts, 4);
    expect(r.dropped).toEqual([decided[2]]);
    expect(r.clusters.map((c) => c.members.length)).toEqual([3, 4]);
  });

  it('stops when no bridge is left to cut', () => {
    const tight = links.filter((l) => !l.bridge).concat(link('acct:a3', 'acct:b1', 5, false));
    const r = splitOversized(
      [{ id: 'acct:a1', members: members.filter((m) => m !== 'tx:1') }],
      tight,
      accounts,
      2,
    );
    expect(r.dropped).toEqual([]);
    expect(r.clusters).toHaveLength(1);
  });
});
