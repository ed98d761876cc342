import type { TransactionRecord } from '../../core/records.ts';
import type { Fields } from '../columns.ts';
import { amount, country, currency, date, required, time } from './field-rules.ts';
import type { Normalized } from './result.ts';

export function normalizeTransaction(f: Fields, zone: string | undefined): Normalized<TransactionRecord> {
  const transaction_id = required(f, 'transaction_id');
  const provider = required(f, 'provider');
  const sent = time(f, 'sent_at', zone, true)!;
  const record: TransactionRecord = {
    kind: 'transactions',
    transaction_id,
    provider,
    sent_at: sent.ms,
    sent_at_text: sent.text,
    amount: amount(f, 'amount'),
    currency: currency(f, 'currency'),
    sender_name: f.text('sender_name'),
    sender_dob: date(f, 'sender_dob'),
    sender_address: f.text('sender_address'),
    sender_city: f.text('sender_city'),
    sender_country: country(f, 'sender_country'),
    sender_phone: f.text('sender_phone'),
    sender_email: f.text('sender_email')?.toLowerCase() ?? null,
    sender_account: f.text('sender_account'),
    receiver_name: f.text('receiver_name'),
    receiver_city: f.text('receiver_city'),
    receiver_country: country(f, 'receiver_country'),
    receiver_phone: f.text('receiver_phone'),
    receiver_account: f.text('receiver_account'),
  };
  return { ok: true, key: `${provider.toLowerCase()}\u001f${transaction_id}`, record };
}
