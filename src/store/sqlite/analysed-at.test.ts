import { describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store.ts';

describe('SqliteStore.analysedAt', () => {
  it('says when the last analysis stage finished, as caseInfo does, and writes nothing', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      expect(await store.analysedAt()).toBeNull();
      const changes = store.db.prepare('SELECT total_changes()').pluck();
      const before = changes.get() as number;
      await store.analysedAt();
      expect(changes.get()).toBe(before);
      await store.analysis.recordStage('features', Date.now() - 5, {});
      await store.analysis.recordStage('linkage', Date.now() - 2, {});
      expect(await store.analysedAt()).toBe((await store.caseInfo()).analysedAt);
      expect(await store.analysedAt()).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
