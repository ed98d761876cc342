import { describe, expect, it } from 'vitest';
import { termFrequencies, tfAdjustment } from './term-frequency.ts';

describe('term frequencies', () => {
  const names = [...Array<string>(90).fill('smith'), ...Array<string>(9).fill('jones'), 'zabrowski'];
  const cmp = [
    { name: 'surname', levels: ['exact', 'different'], compare: () => 0, tfValue: (s: string) => s },
  ];
  const tf = termFrequencies(names, cmp);
  it('makes a rare name stronger evidence than a common one', () => {
    const rare = tfAdjustment(tf, 0, 'zabrowski');
    const common = tfAdjustment(tf, 0, 'smith');
    expect(rare).toBeGreaterThan(0);
    expect(common).toBeLessThan(0);
    expect(rare).toBeLessThanOrEqual(6);
  });
  it('gives no adjustment for unknown values or fields without TF', () => {
    expect(tfAdjustment(tf, 0, 'unknown')).toBe(0);
    expect(tfAdjustment(tf, 0, null)).toBe(0);
    expect(tfAdjustment(tf, 1, 'smith')).toBe(0);
  });
});
