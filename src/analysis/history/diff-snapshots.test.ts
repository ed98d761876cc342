import { describe, expect, it } from 'vitest';
import { snapshotPerson } from '../../store/history-contract.ts';
import { diffNetworks, diffPersons } from './diff-snapshots.ts';
import { matchByOverlap } from './match-by-overlap.ts';

const p = snapshotPerson;

describe('matchByOverlap', () => {
  it('pairs by shared members even when ids change, and says who split off and who was merged', () => {
    const m = matchByOverlap(
      [
        { id: 'a', anchors: ['acct:1', 'acct:2', 'tx:1'] },
        { id: 'b', anchors: ['acct:3'] },
        { id: 'c', anchors: ['acct:9'] },
      ],
      [
        { id: 'a2', anchors: ['acct:1', 'acct:2', 'acct:3'] },
        { id: 'd', anchors: ['tx:1'] },
        { id: 'c', anchors: ['acct:9', 'acct:10'] },
        { id: 'e', anchors: ['acct:11'] },
      ],
    );
    expect([...m.same]).toEqual([
      ['a2', 'a'],
      ['c', 'c'],
    ]);
    expect([...m.splitFrom]).toEqual([['d', 'a']]);
    expect([...m.mergedInto]).toEqual([['b', 'a2']]);
  });

  it('prefers the unchanged id when two candidates share as much', () => {
    const m = matchByOverlap(
      [{ id: 'x', anchors: ['acct:1', 'acct:2'] }],
      [
        { id: 'a', anchors: ['acct:1'] },
        { id: 'x', anchors: ['acct:2'] },
      ],
    );
    expect(m.same.get('x')).toBe('x');
    expect(m.splitFrom.get('a')).toBe('x');
  });
});

describe('diffPersons', () => {
  it('finds new persons, new evidence and every kind of lead change', () => {
    const before = [
      p(1, { lead: true, score: 5 }),
      p(2, { lead: true, score: 4, country: 'DE' }),
      p(3, { lead: true, score: 3 }),
      p(4, { lead: false }),
      p(5, { lead: true, anchors: ['acct:skype:buyer5'] }),
      p(6, { lead: true, score: 2, urgent: false }),
    ];
    const after = [
      // same person under a new id, one more account and more messages; score unchanged
      p(11, {
        anchors: ['acct:skype:buyer1', 'acct:skype:extra', 'tx:T1'],
        members: 3,
        lead: true,
        score: 5,
        evidence: { ...p(1).evidence, messages: 25 },
      }),
      p(2, { lead: true, score: 4, country: 'NL' }),
      p(3, { lead: false, score: 1 }),
      p(4, { lead: true }),
      p(6, { lead: true, score: 2.0004, urgent: true }),
      // buyer5's account now sits with another account in a person that is no lead
      p(7, { lead: true }),
      p(8, { anchors: ['acct:skype:buyer5', 'acct:skype:other'], lead: false }),
    ];
    const d = diffPersons(before, after);
    expect(d.new_persons.map((n) => n.person.person_id)).toEqual(['p-007']);
    expect(d.new_evidence.map((e) => [e.person.person_id, e.previous.person_id])).toEqual([
      ['p-011', 'p-001'],
      ['p-008', 'p-005'],
    ]);
    expect(d.new_evidence[0]).toMatchObject({
      added: { messages: 15, transfers: 0, ip_events: 0, locations: 0 },
      accounts_added: ['acct:skype:extra'],
      members_added: 1,
    });
    expect(
      d.leads.map((l) => [l.kind, l.person?.person_id ?? null, l.previous?.person_id ?? null, l.moved]),
    ).toEqual([
      ['appeared', 'p-007', null, ['lead']],
      ['appeared', 'p-004', 'p-004', ['lead']],
      ['moved', 'p-002', 'p-002', ['country']],
      ['moved', 'p-006', 'p-006', ['urgent']],
      ['dropped', 'p-008', 'p-005', ['lead', 'score']],
      ['dropped', 'p-003', 'p-003', ['lead', 'score']],
    ]);
  });

  it('lists a person split off a known one apart from the new persons; the lead lives on in the rest', () => {
    const d = diffPersons(
      [p(1, { lead: true, anchors: ['acct:skype:a', 'acct:skype:b', 'acct:skype:c'], members: 3 })],
      [
        p(1, { lead: true, anchors: ['acct:skype:a', 'acct:skype:b'], members: 2 }),
        p(9, { lead: false, anchors: ['acct:skype:c'], members: 1 }),
      ],
    );
    expect(d.new_persons).toEqual([]);
    expect(d.split_off.map((x) => [x.person.person_id, x.split_from])).toEqual([['p-009', 'p-001']]);
    expect(d.new_evidence).toEqual([]);
    expect(d.leads).toEqual([]);
  });

  it('reports a lead absorbed into another person as dropped, merged into that person', () => {
    const d = diffPersons(
      [p(1, { lead: true, score: 9 }), p(2, { lead: true })],
      [p(1, { lead: true, score: 9, anchors: [...p(1).anchors, ...p(2).anchors], members: 4 })],
    );
    expect(d.leads).toEqual([
      expect.objectContaining({ kind: 'dropped', person: null, merged_into: 'p-001' }),
    ]);
    expect(d.new_evidence.map((e) => [e.members_added, e.merged_from])).toEqual([[2, ['p-002']]]);
  });
});

describe('diffNetworks', () => {
  it('finds new, grown and gone networks by their accounts and receivers, not person ids', () => {
    const changes = diffNetworks(
      [
        { network_id: 'n-a', label: 'A', members: ['acct:s:1', 'p-111', 'receiver:x'] },
        { network_id: 'n-b', label: 'B', members: ['acct:s:2'] },
      ],
      [
        { network_id: 'n-a', label: 'A', members: ['acct:s:1', 'p-999', 'receiver:x', 'receiver:y'] },
        { network_id: 'n-c', label: 'C', members: ['acct:s:3'] },
      ],
    );
    expect(changes.map((c) => [c.kind, c.network_id, c.members_added])).toEqual([
      ['new', 'n-c', []],
      ['grown', 'n-a', ['receiver:y']],
      ['gone', 'n-b', []],
    ]);
  });
});
