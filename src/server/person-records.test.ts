import { describe, expect, it } from 'vitest';
import type { PersonAnalysis } from '../store/analysis.ts';
import type { AnalysisSnapshot } from './analysis-snapshot.ts';
import { personRecords, readAhead } from './person-records.ts';
import type { CaseReader, ProfileRecordsQuery } from './read-model/case-reader.ts';

const person = (id: string, lead: boolean): PersonAnalysis =>
  ({
    person_id: id,
    lead,
    accounts: [],
    transactions: [],
    reasons: [],
    identifiers: [],
  }) as unknown as PersonAnalysis;

function fixture() {
  const leads = [person('p1', false), person('p2', true), person('p3', false), person('p4', true)];
  const snap: AnalysisSnapshot = {
    analysedAt: 1,
    leads,
    byId: new Map(leads.map((p) => [p.person_id, p])),
    byAccount: new Map(),
  };
  const asked: string[] = [];
  let busy = 0;
  let most = 0;
  const reader = {
    profileRecords: async (q: ProfileRecordsQuery) => {
      asked.push(q.personId);
      most = Math.max(most, ++busy);
      await new Promise((r) => setTimeout(r, 2));
      busy--;
      return { transfers: [], ip_events: [], evidence_messages: [], links: [], links_total: 0 };
    },
  } as unknown as CaseReader;
  return { snap, reader, asked, most: () => most };
}

describe('profile records kept per analysis', () => {
  it('reads ahead leads first, then queue order, one at a time; a view then reads nothing', async () => {
    const f = fixture();
    expect(await readAhead(f.reader, f.snap, () => false, 3)).toBe(3);
    expect(f.asked).toEqual(['p2', 'p4', 'p1']);
    expect(f.most()).toBe(1);
    const kept = await personRecords(f.reader, f.snap, f.snap.byId.get('p4')!);
    expect(f.asked).toHaveLength(3);
    expect(JSON.parse(`${kept.jsonOpen()}}`)).toMatchObject({ in_queue: true, links_total: 0 });
    await personRecords(f.reader, f.snap, f.snap.byId.get('p3')!);
    expect(f.asked).toEqual(['p2', 'p4', 'p1', 'p3']);
  });

  it('stops reading ahead when told to', async () => {
    const f = fixture();
    let n = 0;
    expect(await readAhead(f.reader, f.snap, () => n++ >= 2)).toBe(2);
    expect(f.asked).toEqual(['p2', 'p4']);
  });
});
