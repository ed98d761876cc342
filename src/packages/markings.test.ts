import { describe, expect, it } from 'vitest';
import { effectiveMarkings, stricterMarkings } from './markings.ts';
import { fixtureLead, fixtureNetwork, fixturePackageInput } from './package-fixtures.ts';
import type { PackageInput } from './package-input.ts';

describe('markings escalation', () => {
  it('keeps the requested markings when no item is stricter', () => {
    const m = effectiveMarkings(fixturePackageInput('DE'));
    expect([m.tlp, m.handling_code, m.raised_by]).toEqual(['AMBER', 'H1', []]);
  });

  it('raises TLP and handling code independently to the strictest item', () => {
    const base = fixturePackageInput('DE', []);
    const input: PackageInput = {
      ...base,
      markings: { handling_code: 'H0', tlp: 'GREEN' },
      leads: [
        { ...fixtureLead(0, 'DE', { handling_code: 'H1', tlp: 'RED' }), rank: 1 },
        { ...fixtureLead(1, 'DE', { handling_code: 'H3', tlp: 'CLEAR' }), rank: 2 },
        { ...fixtureLead(2, 'DE', { handling_code: 'H0', tlp: 'GREEN' }), rank: 3 },
      ],
    };
    const m = effectiveMarkings(input);
    expect(m.tlp).toBe('RED');
    expect(m.handling_code).toBe('H3');
    expect(m.requested).toEqual({ handling_code: 'H0', tlp: 'GREEN' });
    expect(m.raised_by).toEqual(
      [`lead:${input.leads[0]!.person_id}`, `lead:${input.leads[1]!.person_id}`].sort(),
    );
  });

  it('orders TLP CLEAR < GREEN < AMBER < AMBER+STRICT < RED', () => {
    const order = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        const s = stricterMarkings(
          { handling_code: 'H0', tlp: order[i]! },
          { handling_code: 'H0', tlp: order[j]! },
        );
        expect(s.tlp).toBe(order[Math.max(i, j)]);
      }
    }
  });

  it('counts networks as items', () => {
    const input: PackageInput = {
      ...fixturePackageInput('PH', []),
      networks: [fixtureNetwork('PH', 'AMBER+STRICT')],
    };
    const m = effectiveMarkings(input);
    expect([m.tlp, m.handling_code]).toEqual(['AMBER+STRICT', 'H2']);
  });

  it("uses the case's own handling order and refuses codes outside it", () => {
    const base = fixturePackageInput('DE', []);
    const own: PackageInput = {
      ...base,
      markings: { handling_code: 'OPEN', tlp: 'AMBER', handling_order: ['OPEN', 'RESTRICTED', 'SECRET'] },
      leads: [{ ...fixtureLead(0, 'DE', { handling_code: 'RESTRICTED', tlp: 'AMBER' }), rank: 1 }],
    };
    expect(effectiveMarkings(own).handling_code).toBe('RESTRICTED');
    const bad: PackageInput = {
      ...own,
      leads: [{ ...fixtureLead(0, 'DE', { handling_code: 'H2', tlp: 'AMBER' }), rank: 1 }],
    };
    expect(() => effectiveMarkings(bad)).toThrow(/not in the case's handling order/);
  });
});
