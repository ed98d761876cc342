/**
 * Everything one information package holds, as plain data. The lead engineer fills it from the
 * store; the builders in this folder turn it into report.pdf, entities.json, the CSV files and the
 * signed manifest, and never read the store or the clock themselves.
 *
 * Times are epoch milliseconds UTC (as in core/records.ts). Amounts are decimal strings as written
 * in the source. Lead fields use the snake_case names of `vigil leads --json` (shared/spec/cli.md)
 * so a lead from that document maps across field by field.
 */

/** TLP 2.0 labels, least strict first. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];

/** Europol handling codes, least strict first; a case may bring its own ordered list instead. */
export const EUROPOL_HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;

export interface Markings {
  /** A code from the case's handling order (Europol H0–H3 unless the case has its own). */
  readonly handling_code: string;
  readonly tlp: Tlp;
}

/** 4x4 grading: source reliability A/B/C/X and information assessment 1–4. */
export interface Grade {
  readonly source: 'A' | 'B' | 'C' | 'X';
  readonly information: 1 | 2 | 3 | 4;
}

export interface EvidenceRef {
  /** 'message', 'transaction', 'ip_event', 'account', 'media', 'location', … */
  readonly kind: string;
  readonly id: string;
}

export interface SourceRef {
  readonly file_sha256: string;
  readonly line: number;
}

export interface PackageAccount {
  readonly platform: string;
  readonly handle: string;
}

export interface PackageAddress {
  /** The address as written in the source. */
  readonly full: string;
  readonly city: string | null;
  /** ISO 3166-1 alpha-2, where known. */
  readonly country: string | null;
}

export interface PackageIdentity {
  readonly names: readonly string[];
  /** As written or normalised to YYYY-MM-DD. */
  readonly dates_of_birth: readonly string[];
  readonly addresses: readonly PackageAddress[];
  /** E.164 where normalisable. */
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  readonly accounts: readonly PackageAccount[];
}

export interface CountryCandidate {
  readonly country: string;
  readonly p: number;
  readonly evidence: readonly string[];
}

export interface PackageReason {
  /** Indicator id from shared/spec/indicators.md (B1…B12, …). */
  readonly indicator: string;
  readonly weight: number;
  /** The reason in words. */
  readonly detail: string;
  readonly evidence: readonly EvidenceRef[];
}

export interface PackagePayment {
  readonly transaction_id: string;
  readonly provider: string;
  readonly sent_at: number;
  readonly amount: string;
  readonly currency: string;
  readonly sender_name: string | null;
  readonly receiver: string | null;
  readonly receiver_country: string | null;
  readonly source: SourceRef | null;
}

export interface PackageIpEvent {
  /** A stable id the reasons' evidence can point at. */
  readonly event_id: string;
  readonly ip: string;
  /** Source port: without it a carrier-grade NAT address names many subscribers. */
  readonly port: number | null;
  readonly seen_at: number;
  readonly platform: string;
  readonly handle: string;
  /** 'login', 'register', … as the provider wrote it. */
  readonly event: string | null;
  readonly ip_country: string | null;
  readonly source: SourceRef | null;
}

export interface PackageChatExcerpt {
  readonly message_id: string;
  readonly platform: string;
  readonly sent_at: number;
  readonly sender: string;
  readonly recipients: readonly string[];
  readonly body: string;
  readonly source: SourceRef;
}

export interface MediaHash {
  readonly algorithm: 'md5' | 'sha1' | 'sha256' | 'pdq';
  readonly value: string;
  readonly category: string;
}

/** Media matched against hash lists: counts and hashes only, never the media. */
export interface PackageMediaMatches {
  readonly counts: readonly { readonly category: string; readonly count: number }[];
  readonly hashes: readonly MediaHash[];
}

export interface InvestigatorNote {
  readonly author: string;
  readonly written_at: number;
  readonly text: string;
}

export interface PackageLead {
  readonly rank: number;
  readonly person_id: string;
  readonly score: number;
  readonly urgent: boolean;
  readonly country: string;
  readonly country_confidence: number;
  readonly country_candidates: readonly CountryCandidate[];
  readonly grade: Grade;
  readonly markings: Markings;
  readonly identity: PackageIdentity;
  readonly reasons: readonly PackageReason[];
  readonly payments: readonly PackagePayment[];
  readonly ip_events: readonly PackageIpEvent[];
  readonly chat_excerpts: readonly PackageChatExcerpt[];
  readonly media_matches: PackageMediaMatches;
  readonly notes: readonly InvestigatorNote[];
}

export interface NetworkMember {
  readonly person_id: string;
  /** 'seller', 'receiver', 'mule', 'relative', … */
  readonly role: string;
  readonly names: readonly string[];
  readonly accounts: readonly PackageAccount[];
}

export interface NetworkLocation {
  readonly label: string;
  readonly lat: number | null;
  readonly lon: number | null;
  /** 'receiver_city', 'ip_city', 'gps', 'exif', … */
  readonly source: string;
  readonly evidence: readonly EvidenceRef[];
}

/** A seller network (issue 7), packaged for the country where it operates. */
export interface PackageNetwork {
  readonly network_id: string;
  readonly name: string;
  /** Where the network operates; must equal the package's country. */
  readonly country: string;
  readonly still_active: boolean;
  readonly active_from: number | null;
  readonly active_to: number | null;
  readonly grade: Grade;
  readonly markings: Markings;
  readonly members: readonly NetworkMember[];
  readonly locations: readonly NetworkLocation[];
  readonly buyer_counts: readonly { readonly country: string; readonly buyers: number }[];
  readonly money_by_month: readonly {
    readonly month: string;
    readonly amount: string;
    readonly currency: string;
  }[];
  readonly statements: readonly PackageReason[];
  readonly notes: readonly InvestigatorNote[];
}

export interface PackageInput {
  readonly case: { readonly id: string; readonly name: string; readonly operation: string };
  /** ISO 3166-1 alpha-2 of the recipient. */
  readonly country: string;
  readonly recipientAuthority: string;
  /** Taken from the case (e.g. its last analysis run), never from the clock: packages must be reproducible. */
  readonly generatedAt: number;
  /** The package's requested markings; the builder raises them to the strictest item inside. */
  readonly markings: Markings & {
    /** The case's own handling codes, least strict first; default Europol H0–H3. */
    readonly handling_order?: readonly string[];
  };
  readonly leads: readonly PackageLead[];
  readonly networks?: readonly PackageNetwork[];
  /** The case's source files behind this package. */
  readonly sourceFiles: readonly { readonly path: string; readonly sha256: string }[];
  readonly vigilVersion: string;
  /** Why leads not approved for dissemination are included; recorded in the manifest. */
  readonly override?: string;
  /**
   * Optional folder suffix: the package goes to `<country>-<suffix>` instead of `<country>`
   * (e.g. one package per seller network for the source country). Lowercase letters, digits, '-'.
   */
  readonly folderSuffix?: string;
}
