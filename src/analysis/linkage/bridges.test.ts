import { describe, expect, it } from 'vitest';
import { findBridges } from './bridges.ts';

describe('findBridges', () => {
  it('flags the one edge joining two triangles', () => {
    const edges: Array<[number, number]> = [
      [0, 1],
      [1, 2],
      [2, 0],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 3],
    ];
    expect([...findBridges(6, edges)]).toEqual([3]);
  });
  it('flags every edge of a path and none of a cycle; parallel edges are not bridges', () => {
    expect(
      [
        ...findBridges(3, [
          [0, 1],
          [1, 2],
        ]),
      ].sort(),
    ).toEqual([0, 1]);
    expect(
      findBridges(3, [
        [0, 1],
        [1, 2],
        [2, 0],
      ]).size,
    ).toBe(0);
    expect(
      findBridges(2, [
        [0, 1],
        [0, 1],
      ]).size,
    ).toBe(0);
  });
  it('handles isolated nodes and long chains without recursion limits', () => {
    const n = 50_000;
    const chain = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as [number, number]);
    expect(findBridges(n + 3, chain).size).toBe(n - 1);
  });
});
