/**
 * Seller networks (issue 7): sellers, their accounts and the people who collect transfers for them,
 * as the networks stage stores them and the CLI, packages and workbench show them.
 * Types only, so the web app shares them (it imports types only from core).
 */
import type { Evidence } from './analysis-types.ts';

/** seller: a person running seller accounts; receiver: collects transfers; account: a seller account. */
export type NetworkMemberRole = 'seller' | 'receiver' | 'account';

/** One statement about a network, with the records behind it (evidence capped; `count` says how many there are). */
export interface NetworkStatement {
  /** 'members', 'S1', 'S2', 'S3', 'location', 'active', 'buyers', 'money', … */
  readonly indicator: string;
  readonly detail: string;
  readonly weight: number;
  readonly evidence: readonly Evidence[];
}

export interface NetworkMember {
  /** A person id, `receiver:<key>` for a collector seen only on transfers, or `acct:platform:handle`. */
  readonly member_id: string;
  readonly role: NetworkMemberRole;
  /** The linked person this member is (null for a collector seen only on transfers). */
  readonly person_id: string | null;
  readonly names: readonly string[];
  readonly accounts: readonly { readonly platform: string; readonly handle: string }[];
  /** Transfers this member collected for the network. */
  readonly transfers: number;
  /** Every transfer this member collected for the network (receivers; empty for sellers and accounts). */
  readonly transaction_ids: readonly string[];
  readonly first: number | null;
  readonly last: number | null;
  /** Why this member belongs to the network, in words. */
  readonly why: string;
  readonly evidence: readonly Evidence[];
}

export interface NetworkLocation {
  /** A city name, or "lat, lon" for a point. */
  readonly label: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** 'receiver_city' (transfers), 'ip_city' (IP geolocation), 'gps' / 'exif' / … (location records). */
  readonly source: string;
  readonly observations: number;
  readonly evidence: readonly Evidence[];
}

export interface NetworkMonth {
  /** YYYY-MM (UTC). */
  readonly month: string;
  readonly currency: string;
  /** Sum of the transfers in that currency, two decimals. */
  readonly amount: number;
  readonly transfers: number;
}

/** Why a network not known to the investigation looks like one (indicators S1–S3), and its place in the ranking. */
export interface NetworkCandidacy {
  readonly rank: number;
  readonly score: number;
  readonly reasons: readonly NetworkStatement[];
}

export interface SellerNetwork {
  /** Stable across re-analysis while membership is mostly unchanged (from the earliest seller account or receiver). */
  readonly network_id: string;
  readonly name: string;
  /** Holds an account marked seller (role_hint) — otherwise a candidate network not yet known. */
  readonly known: boolean;
  readonly candidate: NetworkCandidacy | null;
  /** ISO country where it operates (receivers, IP and location), null when nothing says. */
  readonly country: string | null;
  readonly members: readonly NetworkMember[];
  readonly accounts: readonly { readonly platform: string; readonly handle: string }[];
  readonly locations: readonly NetworkLocation[];
  readonly active_from: number | null;
  readonly active_to: number | null;
  /** Activity within the case's last months (before its newest record). */
  readonly still_active: boolean;
  /** Distinct buyer persons who paid or chatted with the network. */
  readonly buyers: number;
  readonly buyer_countries: readonly { readonly country: string; readonly buyers: number }[];
  readonly buyer_person_ids: readonly string[];
  readonly money_by_month: readonly NetworkMonth[];
  readonly statements: readonly NetworkStatement[];
}

/** One row of `vigil networks`: a network without its member and month detail. */
export interface NetworkSummary {
  readonly network_id: string;
  readonly name: string;
  readonly known: boolean;
  readonly candidate_rank: number | null;
  readonly country: string | null;
  readonly still_active: boolean;
  readonly active_from: number | null;
  readonly active_to: number | null;
  readonly members: number;
  readonly accounts: number;
  readonly receivers: number;
  readonly buyers: number;
}

/** A network's summary row, as `vigil networks` and the workbench list show it. */
export function networkSummary(n: SellerNetwork): NetworkSummary {
  return {
    network_id: n.network_id,
    name: n.name,
    known: n.known,
    candidate_rank: n.candidate?.rank ?? null,
    country: n.country,
    still_active: n.still_active,
    active_from: n.active_from,
    active_to: n.active_to,
    members: n.members.filter((m) => m.role !== 'account').length,
    accounts: n.accounts.length,
    receivers: n.members.filter((m) => m.role === 'receiver').length,
    buyers: n.buyers,
  };
}
