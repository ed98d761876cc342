import { describe, expect, it } from 'vitest';
import type { TransactionFacts } from './case-facts.ts';
import { distinctSurnames, familyTransfer, receiverNameKey, surnameOf } from './person-view.ts';

describe('names on transfers', () => {
  it('reads family names through any script and either order', () => {
    expect(surnameOf('Holger Weißer')).toBe('weisser');
    expect(surnameOf('WEISSER, Holger')).toBe('weisser');
    expect(surnameOf('Zoë Ångström')).toBe('angstrom');
    expect(receiverNameKey('DELA CRUZ, María')).toBe('name:maria cruz');
  });

  it('counts typo variants of one family name once', () => {
    expect(distinctSurnames(['weisser', 'weiser', 'weisser', 'holger', null])).toBe(2);
    expect(distinctSurnames(['li', 'lu', 'smith'])).toBe(3);
  });

  it('calls a transfer between people sharing a family name family support', () => {
    const t = (s: string, r: string): TransactionFacts =>
      ({ sender_name: s, receiver_name: r }) as unknown as TransactionFacts;
    expect(familyTransfer(t('Marvin Andrada', 'Nestor Andrada'))).toBe(true);
    expect(familyTransfer(t('Jürgen Weißer', 'Maria Weisser'))).toBe(true);
    expect(familyTransfer(t('Hans Meyer', 'Maria Santos'))).toBe(false);
  });
});
