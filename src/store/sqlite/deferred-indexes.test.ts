import { describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store.ts';
import { deferIndexesForBulkLoad, restoreDeferredIndexes } from './deferred-indexes.ts';

const indexes = (s: SqliteStore): string[] =>
  s.db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' AND sql IS NOT NULL ORDER BY name",
    )
    .pluck()
    .all() as string[];

describe('deferred indexes', () => {
  it('drops secondary message indexes for a large load and restores the same ones, even after a crash', () => {
    const store = SqliteStore.open(':memory:');
    const before = indexes(store);
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(deferIndexesForBulkLoad(store.db, 10, 1)).toBe(true);
    expect(indexes(store)).toEqual([]);
    // what a crash leaves: no indexes, and their SQL in meta
    expect(restoreDeferredIndexes(store.db)).toBe(before.length);
    expect(indexes(store)).toEqual(before);
    expect(restoreDeferredIndexes(store.db)).toBe(0);
  });

  it('keeps the indexes for a load small next to what the case holds', () => {
    const store = SqliteStore.open(':memory:');
    expect(deferIndexesForBulkLoad(store.db, 10_000_000)).toBe(false);
    expect(indexes(store).length).toBeGreaterThanOrEqual(3);
  });
});
