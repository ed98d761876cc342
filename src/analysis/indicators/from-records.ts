import type { IpEventRecord, MessageRecord, TransactionRecord } from '../../core/records.ts';
import { extractIdentifiers } from '../identifiers/extract-identifiers.ts';
import type { IpClass } from '../jurisdiction/ip-class.ts';
import { normaliseText } from '../linkage/normalise.ts';
import { matchLexicon, type CompiledLexicon } from './lexicon-match.ts';
import type { PersonIpEvent, PersonMessage, PersonTransfer } from './person-data.ts';

/** An account's key as the case bundle defines identity: platform lower-cased, handle trimmed and case-folded. */
export function accountKey(platform: string, handle: string): string {
  return `${platform.trim().toLowerCase()}:${handle.trim().toLowerCase()}`;
}

/** A stored transfer as the indicators read it; `receiverSellerLinked` comes from linkage and roles. */
export function transferFromRecord(t: TransactionRecord, receiverSellerLinked: boolean): PersonTransfer {
  return {
    id: t.transaction_id,
    sentAt: t.sent_at,
    amount: Number(t.amount),
    currency: t.currency.toUpperCase(),
    receiverKey:
      normaliseText(t.receiver_account) ?? normaliseText(t.receiver_name) ?? `unknown:${t.transaction_id}`,
    receiverName: t.receiver_name,
    receiverCountry: t.receiver_country?.toUpperCase() ?? null,
    receiverSellerLinked,
    senderName: t.sender_name,
    senderDob: t.sender_dob,
    senderAddress: t.sender_address,
    senderCountry: t.sender_country?.toUpperCase() ?? null,
    provider: t.provider,
  };
}

/** A stored IP event with its looked-up country, class and sharing. */
export function ipEventFromRecord(
  id: string,
  e: IpEventRecord,
  country: string | null,
  kind: IpClass['kind'],
  shared: boolean,
): PersonIpEvent {
  return { id, at: e.seen_at, ip: e.ip, country, kind, shared };
}

export interface MessageViewOptions {
  /** Keys (`accountKey`) of the person's accounts. */
  readonly personAccounts: ReadonlySet<string>;
  /** Keys of seller accounts. */
  readonly sellerAccounts: ReadonlySet<string>;
  readonly lexicon: CompiledLexicon;
  /** The sender's likely country, for national phone formats and date order. */
  readonly senderCountry?: string | null;
}

/** A stored message seen from one person: who wrote it, whether a seller is on the other side, lexicon and identifier hits. */
export function messageFromRecord(m: MessageRecord, o: MessageViewOptions): PersonMessage {
  const sender = accountKey(m.platform, m.sender);
  const fromPerson = o.personAccounts.has(sender);
  const others = fromPerson ? m.recipients.map((r) => accountKey(m.platform, r)) : [sender];
  return {
    id: m.message_id,
    sentAt: m.sent_at,
    fromPerson,
    counterpartSeller: others.some((k) => o.sellerAccounts.has(k)),
    lexicon: matchLexicon(m.body, o.lexicon),
    identifiers: extractIdentifiers(m.body, { senderCountry: o.senderCountry, sentAt: m.sent_at }),
  };
}
