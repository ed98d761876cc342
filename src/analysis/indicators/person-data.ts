import type { IdentifierHit } from '../identifiers/identifier.ts';
import type { IpClass } from '../jurisdiction/ip-class.ts';
import type { LexiconHit } from './lexicon-match.ts';

/** A transfer the person sent, as the indicators read it. */
export interface PersonTransfer {
  readonly id: string;
  readonly sentAt: number;
  readonly amount: number;
  readonly currency: string;
  /** Normalised receiver identity (name and/or account) so repeated receivers compare equal. */
  readonly receiverKey: string;
  readonly receiverName: string | null;
  readonly receiverCountry: string | null;
  /** The receiver is a seller account's person, or linked to the seller network (relative, mule). */
  readonly receiverSellerLinked: boolean;
  readonly senderName: string | null;
  readonly senderDob: string | null;
  readonly senderAddress: string | null;
  readonly senderCountry: string | null;
  readonly provider: string;
  /** Stated purpose when the provider records one. */
  readonly purpose?: string | null;
}

/** A transfer the person received (seller-side signal S1). */
export interface PersonReceivedTransfer {
  readonly id: string;
  readonly senderKey: string;
  readonly senderCountry: string | null;
}

/** A message in one of the person's conversations. */
export interface PersonMessage {
  readonly id: string;
  readonly sentAt: number;
  /** Written by this person (else by the counterpart). */
  readonly fromPerson: boolean;
  /** The other side is a seller. */
  readonly counterpartSeller: boolean;
  readonly lexicon: readonly LexiconHit[];
  /** Identifier hits in the body (transfer references, amounts, travel, places, …). */
  readonly identifiers: readonly IdentifierHit[];
}

export interface PersonIpEvent {
  readonly id: string;
  readonly at: number;
  readonly ip: string;
  readonly country: string | null;
  readonly kind: IpClass['kind'];
  /** Used by many accounts without ports (shared address). */
  readonly shared: boolean;
}

export interface PersonAccount {
  readonly platform: string;
  readonly handle: string;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly roleHint: 'seller' | 'buyer' | 'unknown' | null;
}

/** Everything the indicator functions read about one person; plain data, no store. */
export interface PersonData {
  readonly personId: string;
  readonly accounts: readonly PersonAccount[];
  readonly transfers: readonly PersonTransfer[];
  readonly received?: readonly PersonReceivedTransfer[];
  readonly messages: readonly PersonMessage[];
  readonly ipEvents: readonly PersonIpEvent[];
  /** The person's most likely UTC offset in hours (from time-zone inference), for B9. */
  readonly utcOffsetHours?: number | null;
  /** The person's top attributed country and its probability, for S2 and actionability. */
  readonly country?: { readonly country: string; readonly p: number } | null;
}

/** What the case knows beyond one person. */
export interface CaseContext {
  /** The high-risk (sellers') countries; default PH. */
  readonly sellerCountries: readonly string[];
  /** The analysis reference time (latest record in the case), for recency. */
  readonly now: number;
  /** All stored transaction ids → the person who sent each, for transfer references quoted in chat (B7). */
  readonly transferSender?: ReadonlyMap<string, string>;
  /** Converts an amount to EUR; default: the fixed approximate rates in `amount-eur.ts`. */
  readonly toEur?: (amount: number, currency: string, at: number) => number | null;
}
