import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkedPerson } from '../analysis.ts';
import { SqliteStore } from './sqlite-store.ts';

/** Reviews follow their persons' members through re-analysis: renamed, split and merged persons. */
let store: SqliteStore;

/** Writes a linkage as `vigil analyze` would, and records the stage (a new analysis). */
async function link(persons: Record<string, string[]>): Promise<void> {
  const linked: LinkedPerson[] = Object.entries(persons).map(([person_id, members]) => ({
    person_id,
    members,
  }));
  await store.analysis.replaceLinkage(linked, []);
  await store.analysis.recordStage('linkage', Date.now(), {});
}

const comments = async (id: string): Promise<string[]> =>
  (await store.reviews.comments(id)).map((c) => `${c.author}: ${c.text}`);

beforeEach(async () => {
  store = SqliteStore.open(':memory:');
  await link({ anna: ['acct:a1', 'acct:a2', 'tx:a3'], ben: ['acct:b1'], carl: ['acct:c1'] });
  await store.reviews.update('anna', 0, 'ada', {
    status: 'in_review',
    tags: ['payer'],
    comment: 'first look',
  });
  await store.reviews.update('anna', 1, 'bo', { comment: 'phone matches' });
  await store.reviews.update('carl', 0, 'cy', { status: 'in_review', assignee: 'cy' });
  await store.reviews.update('carl', 1, 'cy', { status: 'developed', tags: ['travel'], comment: 'flights' });
});
afterEach(async () => {
  await store.close();
});

describe('reviews across re-analysis', () => {
  it('moves a review when its person gets a new id, and refuses a page opened before', async () => {
    await link({ a1: ['acct:a1', 'acct:a2', 'tx:a3'], ben: ['acct:b1'], carl: ['acct:c1'] });
    const moved = await store.reviews.review('a1');
    expect(moved).toMatchObject({ status: 'in_review', tags: ['payer'], version: 3 });
    expect(moved.carried).toMatchObject({ kind: 'moved', from: ['anna'] });
    expect(await comments('a1')).toEqual(['ada: first look', 'bo: phone matches']);
    expect((await store.reviews.history('a1')).map((h) => h.to_status)).toEqual(['in_review']);
    // Nothing stays behind under the old id.
    expect(await store.reviews.review('anna')).toMatchObject({ status: 'new', version: 0 });
    expect(await comments('anna')).toEqual([]);
    await expect(store.reviews.update('a1', 2, 'ada', { comment: 'late' })).rejects.toMatchObject({
      code: 'stale',
    });
    // Untouched persons keep their reviews as they were.
    expect(await store.reviews.review('carl')).toMatchObject({
      status: 'developed',
      version: 2,
      carried: null,
    });
  });

  it('gives both halves of a split a copy marked as split', async () => {
    await link({ anna: ['acct:a1', 'acct:a2'], a3: ['tx:a3'], ben: ['acct:b1'], carl: ['acct:c1'] });
    for (const id of ['anna', 'a3']) {
      const r = await store.reviews.review(id);
      expect(r).toMatchObject({ status: 'in_review', tags: ['payer'] });
      expect(r.carried).toMatchObject({ kind: 'split', from: ['anna'] });
      expect(await comments(id)).toEqual(['ada: first look', 'bo: phone matches']);
    }
    // Each half now follows its own members: a later rename of one leaves the other alone.
    await link({ anna: ['acct:a1', 'acct:a2'], t9: ['tx:a3'], ben: ['acct:b1'], carl: ['acct:c1'] });
    expect((await store.reviews.review('t9')).carried).toMatchObject({ kind: 'moved', from: ['a3'] });
    expect((await store.reviews.review('anna')).carried).toMatchObject({ kind: 'split' });
  });

  it('merges reviews that meet on one person: the more advanced status wins, comments are joined', async () => {
    await link({ anna: ['acct:a1', 'acct:a2', 'tx:a3', 'acct:c1'], ben: ['acct:b1'] });
    const merged = await store.reviews.review('anna');
    expect(merged).toMatchObject({ status: 'developed', assignee: 'cy' });
    expect([...merged.tags].sort()).toEqual(['payer', 'travel']);
    expect(merged.version).toBe(3);
    expect(merged.carried).toMatchObject({ kind: 'merged' });
    expect([...merged.carried!.from].sort()).toEqual(['anna', 'carl']);
    expect(await comments('anna')).toEqual(['ada: first look', 'bo: phone matches', 'cy: flights']);
    expect((await store.reviews.history('anna')).map((h) => h.to_status)).toEqual([
      'in_review',
      'in_review',
      'developed',
    ]);
    expect(await store.reviews.review('carl')).toMatchObject({ status: 'new', version: 0 });
    expect([...(await store.reviews.reviews()).keys()].sort()).toEqual(['anna']);
  });

  it('keeps a review whose members have all gone under its old id, and follows approvals', async () => {
    await store.reviews.update('carl', 2, 'cy', { status: 'approved' });
    await link({ a1: ['acct:a1', 'acct:a2', 'tx:a3'], ben: ['acct:b1'], c2: ['acct:c1'] });
    expect(await store.reviews.approvedPersonIds()).toEqual(['c2']);
    await link({ a1: ['acct:a1', 'acct:a2', 'tx:a3'], ben: ['acct:b1'] });
    expect(await store.reviews.review('c2')).toMatchObject({ status: 'approved' });
    expect(await comments('c2')).toEqual(['cy: flights']);
    // Re-running with no change moves nothing and bumps no version.
    const before = await store.reviews.reviews();
    await store.analysis.recordStage('assess', Date.now(), {});
    expect(await store.reviews.reviews()).toEqual(before);
  });
});
