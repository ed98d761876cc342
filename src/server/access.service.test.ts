import { describe, expect, it } from 'vitest';
import type { User } from '../store/users.ts';
import { AccessService } from './access.service.ts';
import { accountKey, type MessageScope } from './message-scope.ts';

const user = (role: User['role'], countries: string[] = []): User => ({
  id: 1,
  username: role,
  role,
  countries,
  created_at: 0,
  disabled: false,
});
const liaisonScope: MessageScope = { all: false, accounts: new Set([accountKey('Skype', 'Ben_Keller ')]) };
const access = new AccessService((u) => Promise.resolve(u.role === 'liaison' ? liaisonScope : { all: true }));

describe('AccessService', () => {
  it('grants by role', () => {
    expect(access.can(user('admin'), 'audit.read')).toBe(true);
    expect(access.can(user('analyst'), 'audit.read')).toBe(false);
    expect(access.can(user('liaison', ['DE']), 'case.read')).toBe(false);
    expect(() => access.require(user('analyst'), 'users.manage')).toThrow(/does not allow/);
  });

  it('lets a liaison read a message only when one participant is an entitled account', () => {
    const li = user('liaison', ['DE']);
    expect(
      access.mayReadMessage(li, liaisonScope, {
        platform: 'skype',
        sender: 'anna',
        recipients: ['ben_keller'],
      }),
    ).toBe(true);
    expect(
      access.mayReadMessage(li, liaisonScope, { platform: 'skype', sender: 'anna', recipients: ['carl'] }),
    ).toBe(false);
    expect(
      access.mayReadMessage(li, liaisonScope, { platform: 'viber', sender: 'ben_keller', recipients: [] }),
    ).toBe(false);
  });

  it('limits a liaison to what is attributed to their countries', () => {
    const li = user('liaison', ['DE', 'NL']);
    expect(access.mayReadAttributed(li, ['nl'])).toBe(true);
    expect(access.mayReadAttributed(li, ['FR'])).toBe(false);
    expect(access.mayReadAttributed(li, [])).toBe(false);
    expect(access.mayReadAttributed(user('analyst'), ['FR'])).toBe(true);
    expect(() => access.requireAttributed(li, ['FR'], 'This lead')).toThrow(
      'This lead is attributed to FR, outside your countries (DE, NL).',
    );
  });

  it('routes bus events by audience', () => {
    const li = user('liaison', ['DE']);
    expect(access.mayReceive(li, 'everyone')).toBe(true);
    expect(access.mayReceive(li, 'staff')).toBe(false);
    expect(access.mayReceive(li, { countries: ['de'] })).toBe(true);
    expect(access.mayReceive(user('analyst'), { countries: ['FR'] })).toBe(true);
  });
});
