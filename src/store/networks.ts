/**
 * What the networks stage stores (issue 7). Every analysis writes a new snapshot and keeps the old
 * ones, so a later run can be compared with an earlier one (`vigil diff --since RUN`); network ids
 * are stable across snapshots while membership is mostly unchanged.
 */
import type {
  NetworkCandidacy,
  NetworkLocation,
  NetworkMember,
  NetworkMemberRole,
  NetworkMonth,
  NetworkStatement,
  NetworkSummary,
  SellerNetwork,
} from '../core/network-types.ts';

export type {
  NetworkCandidacy,
  NetworkLocation,
  NetworkMember,
  NetworkMemberRole,
  NetworkMonth,
  NetworkStatement,
  NetworkSummary,
  SellerNetwork,
};

export interface NetworkSnapshot {
  readonly id: number;
  readonly created_at: number;
  /** The newest finished ingest run when the snapshot was taken (null before any ingest). */
  readonly ingest_run: number | null;
  readonly networks: number;
  readonly candidates: number;
}

export interface NetworkFilter {
  /** true: only candidate (unknown) networks, ranked; false: only known ones; undefined: all. */
  readonly candidates?: boolean;
  /** Only networks operating in this country. */
  readonly country?: string;
  /** A snapshot id; default the latest. */
  readonly snapshot?: number;
}

export interface NetworkStore {
  /** Stores a new snapshot holding these networks; returns its id. Older snapshots are kept. */
  replace(
    networks: readonly SellerNetwork[],
    meta: { at: number; ingestRun: number | null },
  ): Promise<number>;
  /** Every snapshot, oldest first. */
  snapshots(): Promise<readonly NetworkSnapshot[]>;
  /** Networks of a snapshot: known ones first (by id), then candidates by rank. */
  list(filter?: NetworkFilter): Promise<readonly NetworkSummary[]>;
  /** Whole networks of a snapshot, in the order of `list`. */
  all(filter?: NetworkFilter): Promise<readonly SellerNetwork[]>;
  get(networkId: string, snapshot?: number): Promise<SellerNetwork | undefined>;
  /** The networks (latest snapshot) a person belongs to or that served them as a buyer. */
  ofPerson(
    personId: string,
  ): Promise<readonly { network_id: string; relation: NetworkMemberRole | 'buyer' }[]>;
}
