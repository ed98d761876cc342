import { describe, expect, it } from 'vitest';
import { MISSING } from '../linkage/comparison.ts';
import { preparePerson } from '../linkage/person-record.ts';
import { CASE_COMPARISONS, type CaseNode } from './case-comparisons.ts';
import { looseTie } from './linkage.stage.ts';

const surname = CASE_COMPARISONS.find((c) => c.name === 'surname')!;
const node = (id: string, fullName: string, nameFromHandle: boolean): CaseNode => ({
  ...preparePerson({ id, fullName }),
  homeIps: [],
  homeIpTimes: new Map(),
  seller: false,
  tieRefs: [],
  quotedRefs: [],
  isAccount: id.startsWith('acct:'),
  nameFromHandle,
});

describe('names read from handles', () => {
  it('may agree with a payer, but disagreeing says nothing', () => {
    const payer = node('tx:1', 'Jan Hooghof', false);
    expect(surname.compare(node('acct:yahoo:chef_jan58', 'chef jan', true), payer)).toBe(MISSING);
    expect(surname.compare(node('acct:skype:jan.hooghof', 'jan hooghof', true), payer)).toBe(0);
    expect(surname.compare(node('acct:skype:x', 'Peter Smit', false), payer)).toBe(4);
  });
});

describe('links resting on a "sent" claim alone', () => {
  const b = (field: string, level: string, weight: number) => ({ field, level, weight, tf: 0 });
  it('are those with a claimed tie where the rest would not link on its own', () => {
    expect(
      looseTie({ breakdown: [b('chat_tie', 'claimed', 9), b('shared_identifier', 'different', -0.2)] }),
    ).toBe(true);
    expect(looseTie({ breakdown: [b('chat_tie', 'claimed', 9), b('given_name', 'jw>=0.80', 1.5)] })).toBe(
      true,
    );
    expect(
      looseTie({
        breakdown: [b('chat_tie', 'claimed', 9), b('surname', 'exact', 4), b('given_name', 'exact', 4)],
      }),
    ).toBe(false);
    expect(looseTie({ breakdown: [b('chat_tie', 'quoted', 12)] })).toBe(false);
  });
});
