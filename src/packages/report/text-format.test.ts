import { describe, expect, it } from 'vitest';
import { fixtureLead } from '../package-fixtures.ts';
import { attributionText, displayName } from './text-format.ts';

describe('report wording', () => {
  it('shows weak and split country attributions as such', () => {
    const l = fixtureLead(0, 'DE');
    expect(attributionText(l)).toBe('DE (p=0.90)');
    const weak = {
      ...l,
      country_confidence: 0.4,
      country_candidates: [{ country: 'DE', p: 0.4, evidence: [] }],
    };
    expect(attributionText(weak)).toBe('DE (p=0.40): weak attribution');
    const split = {
      ...l,
      country_confidence: 0.45,
      country_candidates: [
        { country: 'DE', p: 0.45, evidence: [] },
        { country: 'AT', p: 0.4, evidence: [] },
      ],
    };
    expect(attributionText(split)).toBe('DE (p=0.45): weak attribution; split with AT (p=0.40)');
  });

  it('names a lead by its fullest name', () => {
    const l = fixtureLead(0, 'DE');
    expect(displayName({ ...l, identity: { ...l.identity, names: ['A. Jansen', 'Anna Jansen'] } })).toBe(
      'Anna Jansen',
    );
    expect(displayName({ ...l, identity: { ...l.identity, names: [] } })).toBe('(no name)');
  });
});
