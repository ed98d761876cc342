/** The shapes the workbench API answers with (src/server/*.routes.ts). */
import type { Thread, ThreadMessage } from '../../../src/core/case-read-types.ts';
import type { SearchOrder } from '../../../src/core/search-order.ts';

export type Role = 'admin' | 'analyst' | 'liaison';

export interface Me {
  readonly username: string;
  readonly role: Role;
  readonly countries: readonly string[];
}

export type Span = readonly [number, number];

/** A search hit: a message as the conversation viewer has it, less attachments, with highlights. */
export interface SearchHit extends Omit<ThreadMessage, 'attachments'> {
  readonly highlights: readonly Span[];
}

export interface SearchResponse {
  readonly total: number;
  readonly total_is_lower_bound: boolean;
  readonly order: SearchOrder;
  readonly hits: readonly SearchHit[];
}

export type { Thread, ThreadMessage };

export interface KindStats {
  readonly kind: string;
  readonly count: number;
  readonly first: number | null;
  readonly last: number | null;
}

export interface StatsResponse {
  readonly stats: {
    readonly kinds: readonly KindStats[];
    readonly accounts: number;
    readonly platforms: readonly { platform: string; accounts: number; messages: number }[];
    readonly sources: number;
    readonly quarantined: number;
    readonly runs: number;
  };
  readonly countries: readonly { country: string; count: number }[];
  readonly runs: readonly {
    id: number;
    started_at: number;
    finished_at: number | null;
    status: 'running' | 'ok' | 'failed';
  }[];
}

export interface AuditEntry {
  readonly seq: number;
  readonly time: string;
  readonly user: string;
  readonly action: string;
  readonly object: string;
  readonly details: string;
  readonly prev_hash: string;
  readonly hash: string;
}

export type ChainCheck =
  | { readonly ok: true; readonly entries: number; readonly head: string }
  | { readonly ok: false; readonly entries: number; readonly broken_at: number; readonly reason: string };
