import { describe, expect, it } from 'vitest';
import { candidatePairs } from './blocking.ts';

describe('candidatePairs', () => {
  const recs = ['ab', 'ac', 'bc', 'zz'];
  it('pairs records sharing a key under any rule, each pair once', () => {
    const rules = [
      { name: 'first', keys: (s: string) => [s[0]!] },
      { name: 'letters', keys: (s: string) => [...s] },
    ];
    const p = candidatePairs(recs, rules);
    const pairs = [...p.left].map((l, k) => `${l}-${p.right[k]}`).sort();
    expect(pairs).toEqual(['0-1', '0-2', '1-2']);
  });
  it('skips and reports oversized blocks', () => {
    const p = candidatePairs(recs, [{ name: 'all', keys: () => ['x'] }], 3);
    expect(p.left.length).toBe(0);
    expect(p.skippedBlocks).toEqual([{ rule: 'all', key: 'x', size: 4 }]);
  });
  it('ignores empty keys', () => {
    expect(candidatePairs(recs, [{ name: 'none', keys: () => [''] }]).left.length).toBe(0);
  });
});
