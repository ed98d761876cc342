import type { TransactionFacts } from '../stages/case-facts.ts';

/** A transfer to a collector in the Philippines, for the network tests: only what matters is given. */
export function transfer(id: string, over: Partial<TransactionFacts> = {}): TransactionFacts {
  return {
    transaction_id: id,
    provider: 'Western Union',
    sent_at: Date.UTC(2022, 0, 1),
    amount: 50,
    currency: 'USD',
    sender_name: 'John Miller',
    sender_dob: null,
    sender_address: null,
    sender_city: null,
    sender_country: 'DE',
    sender_phone: null,
    sender_email: null,
    sender_account: null,
    receiver_name: 'Maria Santos',
    receiver_city: 'Cebu City',
    receiver_country: 'PH',
    receiver_phone: null,
    receiver_account: null,
    ...over,
  };
}
