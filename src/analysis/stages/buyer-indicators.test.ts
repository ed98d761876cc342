import { describe, expect, it } from 'vitest';
import type { AccountProfile } from '../../store/analysis.ts';
import type { AssessContext } from './assess-context.ts';
import { kinTransfer, networkTransfers } from './buyer-indicators.ts';
import type { TransactionFacts } from './case-facts.ts';
import type { PersonView } from './person-view.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 1);
const tx = (id: string, day: number, receiver: string, country = 'PH'): TransactionFacts =>
  ({
    transaction_id: id,
    sent_at: T0 + day * DAY,
    sender_name: 'Hans Meyer',
    receiver_name: receiver,
    receiver_country: country,
    receiver_phone: null,
    receiver_account: null,
  }) as unknown as TransactionFacts;
const ctx: AssessContext = {
  sellerAccounts: new Set(['skype:seller']),
  sellerReceivers: new Set(['name:ana reyes']),
  tiesByTransaction: new Map(),
  caseEnd: T0 + 400 * DAY,
  sellerCountries: new Set(['PH']),
};
const view = (transactions: TransactionFacts[], partners: Record<string, number>): PersonView => ({
  person_id: 'p',
  accounts: ['skype:buyer'],
  transactions,
  subscribers: [],
  ipEvents: [],
  identifiers: [],
  profiles: [{ first: T0, last: T0 + 100 * DAY, partners } as unknown as AccountProfile],
});

describe('transfers into the seller network', () => {
  const ts = [
    tx('1', 10, 'Ana Reyes'),
    tx('2', 20, 'Joy Santos'),
    tx('3', 25, 'Liza Meyer'),
    tx('4', 300, 'Rosa Cruz'),
    tx('5', 30, 'Kim Lee', 'KR'),
  ];
  it('adds unrelated receivers in the sellers’ country paid while the person chats with sellers', () => {
    expect(networkTransfers(view(ts, { 'skype:seller': 40 }), ctx).map((t) => t.transaction_id)).toEqual([
      '1',
      '2',
    ]);
  });
  it('keeps to known receivers when the person does not chat with sellers', () => {
    expect(networkTransfers(view(ts, { 'skype:friend': 40 }), ctx).map((t) => t.transaction_id)).toEqual([
      '1',
    ]);
    expect(networkTransfers(view(ts.slice(1), { 'skype:seller': 40 }), ctx)).toEqual([]);
  });
});

describe('family support', () => {
  it('includes a sender bearing the family name of a receiver the network is known by', () => {
    const kin = { ...ctx, networkSurnames: new Set(['pepito', 'reyes']) };
    const t = (sender: string, receiver: string): TransactionFacts =>
      ({ sender_name: sender, receiver_name: receiver }) as unknown as TransactionFacts;
    expect(kinTransfer(t('Gilbert Vitan Pepito', 'Juan Danog'), kin)).toBe(true);
    expect(kinTransfer(t('Hans Meyer', 'Juan Danog'), kin)).toBe(false);
    expect(kinTransfer(t('Hans Meyer', 'Ana Meyer'), kin)).toBe(true);
    expect(kinTransfer(t('Gilbert Vitan Pepito', 'Juan Danog'), ctx)).toBe(false);
  });
});
