import { describe, expect, it } from 'vitest';
import type { PersonLink } from '../store/analysis.ts';
import { strongestLinks } from './strongest-links.ts';

const link = (a: string, b: string, weight: number, bridge = false): PersonLink => ({
  person_id: 'p',
  a,
  b,
  weight,
  probability: 0.9,
  status: 'linked',
  bridge,
  breakdown: [],
});

describe('strongestLinks', () => {
  it('keeps a maximum spanning tree and the bridges', () => {
    const links = [
      link('a', 'b', 10),
      link('b', 'c', 9),
      link('a', 'c', 8),
      link('c', 'd', 2, true),
      link('a', 'd', 1),
    ];
    expect(strongestLinks(links).map((l) => `${l.a}${l.b}`)).toEqual(['ab', 'bc', 'cd']);
  });

  it('keeps n - 1 links of a complete graph', () => {
    const members = Array.from({ length: 60 }, (_, i) => `m${i}`);
    const links = members.flatMap((a, i) =>
      members.slice(i + 1).map((b, j) => link(a, b, (i * 31 + j) % 17)),
    );
    expect(links).toHaveLength(1770);
    expect(strongestLinks(links)).toHaveLength(59);
  });
});
