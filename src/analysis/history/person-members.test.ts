import { describe, expect, it } from 'vitest';
import { matchByOverlap } from './match-by-overlap.ts';
import { anchorsOf, memberIds } from './person-members.ts';

describe('anchorsOf', () => {
  it('keeps every member, accounts first, so a payer whose later transfers split off is still recognised', () => {
    const transfers = Array.from({ length: 30 }, (_, i) => `T${String(i).padStart(2, '0')}`);
    const payer = memberIds({ accounts: [{ platform: 'skype', handle: 'p1' }], transactions: transfers });
    const anchors = anchorsOf(payer);
    expect(anchors).toHaveLength(31);
    expect(anchors[0]).toBe('acct:skype:p1');
    // re-analysis keeps the account with the first transfers and moves the last ten to a payer of their own
    const kept = anchorsOf(
      memberIds({ accounts: [{ platform: 'skype', handle: 'p1' }], transactions: transfers.slice(0, 20) }),
    );
    const moved = anchorsOf(memberIds({ accounts: [], transactions: transfers.slice(20) }));
    const m = matchByOverlap(
      [{ id: 'p', anchors }],
      [
        { id: 'p', anchors: kept },
        { id: 'q', anchors: moved },
      ],
    );
    expect(m.same.get('p')).toBe('p');
    expect(m.splitFrom.get('q')).toBe('p');
  });
});
