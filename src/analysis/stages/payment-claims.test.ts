import { describe, expect, it } from 'vitest';
import type { IdentifierRow } from '../../store/analysis.ts';
import type { CaseFacts, TransactionFacts } from './case-facts.ts';
import { paymentTies } from './payment-claims.ts';

const MIN = 60_000;
const T0 = Date.UTC(2020, 0, 1, 18);

const transfer = (id: string, at: number, amount: number): TransactionFacts =>
  ({ transaction_id: id, sent_at: at, amount, sender_name: 'A B' }) as unknown as TransactionFacts;

let seq = 0;
const said = (account: string, at: number, type: string, value = ''): IdentifierRow => ({
  message_id: `m${type === 'amount' ? seq : ++seq}`,
  platform: account.split(':')[0]!,
  sender: account.split(':')[1]!,
  sent_at: at,
  type,
  value,
  raw: value,
  start: 0,
  end: 0,
  country: null,
});

function facts(transactions: TransactionFacts[], rows: IdentifierRow[]): CaseFacts {
  const identifiers = new Map<string, IdentifierRow[]>();
  for (const r of rows) {
    const k = `${r.platform}:${r.sender}`;
    (identifiers.get(k) ?? identifiers.set(k, []).get(k)!).push(r);
  }
  return {
    accounts: [...identifiers.keys()],
    subscribers: new Map(),
    transactions,
    transactionById: new Map(transactions.map((t) => [t.transaction_id, t])),
    ipEvents: new Map(),
    identifiers,
    profiles: new Map(),
    caseEnd: T0,
  };
}

const tied = (f: CaseFacts): string[] =>
  paymentTies(f, new Set())
    .map((t) => `${t.transaction_id}>${t.account}:${t.how}`)
    .sort();

describe('payment ties', () => {
  it('ties a quoted reference, and a lone transfer to the one account that says "sent" after it', () => {
    const f = facts(
      [transfer('111222333', T0, 50), transfer('444555666', T0 + 60 * MIN, 80)],
      [
        said('skype:a', T0 + 5 * MIN, 'transfer_ref', '111222333'),
        said('skype:b', T0 + 70 * MIN, 'payment_claim'),
      ],
    );
    expect(tied(f)).toEqual(['111222333>skype:a:quoted', '444555666>skype:b:claimed']);
  });

  it('does not tie a claim that two transfers before it could both answer', () => {
    const f = facts(
      [transfer('1', T0, 50), transfer('2', T0 + 10 * MIN, 80)],
      [said('skype:a', T0 + 15 * MIN, 'payment_claim')],
    );
    expect(tied(f)).toEqual([]);
  });

  it('lets the amount a claim names pick among transfers, and rule out one of another amount', () => {
    seq = 100;
    const f = facts(
      [transfer('1', T0, 50.4), transfer('2', T0 + 10 * MIN, 80)],
      [said('skype:a', T0 + 15 * MIN, 'payment_claim'), said('skype:a', T0 + 15 * MIN, 'amount', '50 USD')],
    );
    expect(tied(f)).toEqual(['1>skype:a:claimed']);
    seq = 200;
    const g = facts(
      [transfer('3', T0, 120)],
      [said('skype:a', T0 + 5 * MIN, 'payment_claim'), said('skype:a', T0 + 5 * MIN, 'amount', '50 USD')],
    );
    expect(tied(g)).toEqual([]);
  });

  it('does not tie a transfer two accounts claim, unless one alone names an amount', () => {
    const f = facts(
      [transfer('1', T0, 50)],
      [said('skype:a', T0 + 5 * MIN, 'payment_claim'), said('skype:b', T0 + 6 * MIN, 'payment_claim')],
    );
    expect(tied(f)).toEqual([]);
    seq = 300;
    const g = facts(
      [transfer('1', T0, 50)],
      [
        said('skype:a', T0 + 5 * MIN, 'payment_claim'),
        said('skype:b', T0 + 6 * MIN, 'payment_claim'),
        said('skype:b', T0 + 6 * MIN, 'amount', '50 EUR'),
      ],
    );
    expect(tied(g)).toEqual(['1>skype:b:claimed']);
  });

  it('ties a claim only to a transfer sent from a country the account was seen in', () => {
    const f = facts(
      [
        { ...transfer('1', T0, 50), sender_country: 'NO' },
        { ...transfer('2', T0 + 5 * MIN, 80), sender_country: 'DE' },
      ],
      [said('skype:a', T0 + 10 * MIN, 'payment_claim')],
    );
    const withIps: CaseFacts = {
      ...f,
      ipEvents: new Map([['skype:a', [{ id: 'e1', ip: '81.0.0.1', port: null, seen_at: T0, event: null }]]]),
    };
    const country = (ip: string): string | null => (ip === '81.0.0.1' ? 'DE' : null);
    expect(paymentTies(withIps, new Set(), undefined, country).map((t) => t.transaction_id)).toEqual(['2']);
    expect(paymentTies(withIps, new Set(), undefined, () => 'SE')).toEqual([]);
    // without any IP country for the account, both fit and the claim stays ambiguous
    expect(paymentTies(withIps, new Set(), undefined, () => null)).toEqual([]);
  });

  it('ignores claims outside the window and by excluded accounts', () => {
    const f = facts(
      [transfer('1', T0, 50)],
      [said('skype:a', T0 + 31 * MIN, 'payment_claim'), said('skype:a', T0 - MIN, 'payment_claim')],
    );
    expect(tied(f)).toEqual([]);
    const g = facts([transfer('1', T0, 50)], [said('skype:s', T0 + 2 * MIN, 'payment_claim')]);
    expect(paymentTies(g, new Set(['skype:s']))).toEqual([]);
  });
});
