import { describe, expect, it } from 'vitest';
import { MISSING } from '../linkage/comparison.ts';
import { CASE_COMPARISONS, IP_WINDOW_MS, within, type CaseNode } from './case-comparisons.ts';

const DAY = 86_400_000;
const homeIp = CASE_COMPARISONS.find((c) => c.name === 'home_ip')!;
const node = (uses: Record<string, number[]>): CaseNode =>
  ({
    id: 'acct:x',
    homeIps: Object.keys(uses).sort(),
    homeIpTimes: new Map(Object.entries(uses)),
  }) as unknown as CaseNode;

describe('home addresses in time windows', () => {
  it('finds two times within the window in sorted lists', () => {
    expect(within([0, 100 * DAY], [50 * DAY, 113 * DAY], 14 * DAY)).toBe(true);
    expect(within([0, 100 * DAY], [50 * DAY, 115 * DAY], 14 * DAY)).toBe(false);
    expect(within([], [1], DAY)).toBe(false);
  });

  it('tells addresses used together from one reassigned years apart', () => {
    const t0 = Date.UTC(2018, 0, 1);
    const a = node({ '81.2.3.4': [t0, t0 + 3 * DAY], '81.2.9.9': [t0 + 40 * DAY] });
    expect(homeIp.compare(a, node({ '81.2.3.4': [t0 + DAY], '81.2.9.9': [t0 + 41 * DAY] }))).toBe(0);
    expect(homeIp.compare(a, node({ '81.2.3.4': [t0 + 5 * DAY] }))).toBe(1);
    expect(homeIp.compare(a, node({ '81.2.3.4': [t0 + 3 * DAY + IP_WINDOW_MS + 1] }))).toBe(2);
    expect(homeIp.compare(a, node({ '81.2.3.4': [t0 + 900 * DAY] }))).toBe(2);
    expect(homeIp.compare(a, node({ '90.1.1.1': [t0] }))).toBe(3);
    expect(homeIp.compare(a, node({}))).toBe(MISSING);
  });
});
