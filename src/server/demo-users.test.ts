import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { addDemoUsers } from './demo-users.ts';
import { verifyPassword } from './password.ts';

describe('addDemoUsers', () => {
  it('adds an admin, an analyst and two liaisons once, with working random passwords', async () => {
    const store = SqliteStore.open(':memory:');
    const logins = await addDemoUsers(store, ['DE', 'gb']);
    expect(logins.map((l) => [l.username, l.role, l.countries.join()])).toEqual([
      ['admin', 'admin', ''],
      ['analyst', 'analyst', ''],
      ['liaison.de', 'liaison', 'DE'],
      ['liaison.gb', 'liaison', 'GB'],
    ]);
    const li = logins[3]!;
    expect(li.password).toHaveLength(12);
    expect(
      await verifyPassword(li.password, (await store.users.credentials('liaison.gb'))!.password_hash),
    ).toBe(true);
    expect(await addDemoUsers(store, ['DE', 'GB'])).toEqual([]);
    await store.close();
  });
});
