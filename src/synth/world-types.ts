/** The in-memory world the writers turn into a case bundle. Everything but messages lives here. */
import type { BuildContext } from './context.ts';
import type { Lang } from './countries.ts';
import type { Platform } from './handles.ts';
import type { FullName } from './names.ts';
import type { Phone } from './phones.ts';
import type { Rhythm } from './rhythm.ts';
import type { Zone } from './time-zones.ts';

export type PersonKind =
  | 'facilitator'
  | 'relative'
  | 'mule'
  | 'buyer'
  | 'talker'
  | 'contact'
  | 'ofw'
  | 'partner'
  | 'payee'
  | 'proxy';
export type TruthRole = 'seller' | 'buyer' | 'other';

export type Carefulness = 'careless' | 'average' | 'careful';

export interface BuyerTraits {
  readonly carefulness: Carefulness;
  /** Probability a payment's reference is quoted in chat. */
  readonly quoteRate: number;
  /** Probability a "sent" message follows a payment within minutes. */
  readonly sentRate: number;
  readonly vpnRate: number;
  readonly discloses: boolean;
  readonly thirdPartyRate: number;
  readonly lateNight: boolean;
  readonly escalates: boolean;
  readonly payments: number;
  /** Median payment in USD. */
  readonly medianUsd: number;
}

export interface Trip {
  readonly country: string;
  readonly city: string;
  readonly from: number;
  readonly to: number;
  readonly flight: string;
  readonly upcoming: boolean;
}

export interface Person {
  readonly id: string;
  readonly kind: PersonKind;
  readonly role: TruthRole;
  readonly country: string;
  readonly zone: Zone;
  readonly name: FullName;
  readonly sex: 'm' | 'f';
  readonly dob: string;
  readonly city: string;
  readonly address: string;
  readonly phone: Phone;
  readonly email: string;
  readonly lang: Lang;
  readonly rhythm: Rhythm;
  networkId: string | null;
  readonly accounts: Account[];
  buyer: BuyerTraits | null;
  trips: Trip[];
  isLead: boolean;
  urgentReasons: string[];
  /** Persons sharing this person's surname and address (household, family network). */
  householdId: string | null;
}

export interface Account {
  readonly platform: Platform;
  readonly handle: string;
  readonly person: Person;
  readonly from: number;
  readonly to: number;
  /** Shown in accounts.csv as role_hint. */
  roleHint: 'seller' | '' | 'unknown' | 'buyer';
  displayName: string;
  /** Whether a subscriber record (accounts.csv row) exists. */
  subscriber: boolean;
  /** A phone-number handle that is not the person's own number (a virtual number). */
  readonly virtualNumber: boolean;
  readonly emails: string[];
  readonly phones: string[];
  registrationIp: string;
  registeredAt: number;
}

export interface PhCity {
  readonly name: string;
  readonly province: string;
  readonly lat: number;
  readonly lon: number;
  readonly lang: Lang;
}

export interface Network {
  readonly id: string;
  readonly city: PhCity;
  readonly known: boolean;
  readonly active: boolean;
  readonly from: number;
  readonly to: number;
  readonly surname: string;
  readonly address: string;
  readonly members: Person[];
  readonly accounts: Account[];
  /** Persons who collect transfers, with the window each is used in. */
  readonly receivers: { person: Person; from: number; to: number }[];
}

export type TransferPurpose = 'session' | 'family' | 'partner';

export interface Transfer {
  readonly id: string;
  readonly provider: string;
  readonly sentAt: number;
  /** The person whose money it is (the truth's sender_person_id). */
  readonly payer: Person;
  /** The person whose name and details are on the transfer (a third party sometimes). */
  readonly named: Person;
  readonly senderName: string;
  readonly senderCountry: string;
  readonly senderCity: string;
  readonly amount: string;
  readonly currency: string;
  readonly receiver: Person;
  readonly receiverName: string;
  readonly purpose: TransferPurpose;
  readonly networkId: string | null;
  /** The chat that goes with it, if any. */
  conversation: number;
  readonly quoted: boolean;
  readonly sentMessage: boolean;
  readonly travelling: boolean;
}

export type ConversationKind = 'buyer' | 'talker' | 'contact' | 'ofw';

export interface Conversation {
  readonly index: number;
  readonly kind: ConversationKind;
  readonly seller: Account;
  readonly customer: Account;
  readonly from: number;
  readonly to: number;
  size: number;
  readonly transfers: Transfer[];
  /** What the customer discloses in this chat (identity trails). */
  readonly disclose: { email: boolean; phone: boolean; handle: Account | null; name: boolean };
  travelTalk: Trip | null;
}

export interface World {
  readonly seed: number;
  /** The registries and IP space the world was built with (IP logs draw from them). */
  readonly ctx: BuildContext;
  readonly persons: Person[];
  readonly networks: Network[];
  readonly accounts: Account[];
  readonly conversations: Conversation[];
  readonly transfers: Transfer[];
}
