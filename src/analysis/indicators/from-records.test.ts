import { describe, expect, it } from 'vitest';
import type { MessageRecord, TransactionRecord } from '../../core/records.ts';
import { accountKey, messageFromRecord, transferFromRecord } from './from-records.ts';
import { compileLexicon } from './lexicon-match.ts';

const tx: TransactionRecord = {
  kind: 'transactions',
  transaction_id: '1234567890',
  provider: 'RemitCo',
  sent_at: 1,
  sent_at_text: '1',
  amount: '50.00',
  currency: 'usd',
  sender_name: 'John Smith',
  sender_dob: null,
  sender_address: null,
  sender_city: null,
  sender_country: 'gb',
  sender_phone: null,
  sender_email: null,
  sender_account: null,
  receiver_name: 'Maria Santos',
  receiver_city: 'Cebu',
  receiver_country: 'PH',
  receiver_phone: null,
  receiver_account: null,
};
const msg: MessageRecord = {
  kind: 'messages',
  message_id: 'm1',
  platform: 'Skype',
  conversation_id: 'c',
  sent_at: Date.parse('2019-02-20T10:00:00Z'),
  sent_at_text: '',
  sender: 'JohnS ',
  recipients: ['seller1'],
  body: 'ok money sent, mtcn 1234567890',
  attachments: [],
};

describe('record views', () => {
  it('keys accounts as the bundle spec says', () => {
    expect(accountKey(' Skype', ' JohnS ')).toBe('skype:johns');
  });
  it('turns a transaction into a transfer view', () => {
    expect(transferFromRecord(tx, true)).toMatchObject({
      id: '1234567890',
      amount: 50,
      currency: 'USD',
      receiverKey: 'maria santos',
      senderCountry: 'GB',
      receiverSellerLinked: true,
    });
  });
  it('reads a message from the person’s side with lexicon and identifiers', () => {
    const m = messageFromRecord(msg, {
      personAccounts: new Set(['skype:johns']),
      sellerAccounts: new Set(['skype:seller1']),
      lexicon: compileLexicon(),
    });
    expect(m).toMatchObject({ id: 'm1', fromPerson: true, counterpartSeller: true });
    expect(m.lexicon.map((h) => h.category)).toEqual(['payment_sent', 'payment_sent']);
    expect(m.identifiers.find((h) => h.type === 'transfer_ref')?.value).toBe('1234567890');
    const other = messageFromRecord(msg, {
      personAccounts: new Set(['skype:seller1']),
      sellerAccounts: new Set(),
      lexicon: compileLexicon(),
    });
    expect(other.fromPerson).toBe(false);
  });
});
