/** The shapes of the lead, person, graph and package endpoints (src/server/lead.*, person.*, …). */
import type {
  Decision,
  Evidence,
  PersonAnalysis,
  PersonLink as StoredPersonLink,
  Reason,
} from '../../../src/core/analysis-types.ts';

import type { GraphEdge, GraphNode, PersonGraph } from '../../../src/core/graph-types.ts';
import type { LeadPage, LeadRow, LeadSummary } from '../../../src/core/lead-types.ts';
import { NEXT_STATUSES } from '../../../src/core/lead-workflow.ts';
import type { PackageBuild, PackageEntry } from '../../../src/core/package-types.ts';
import type { PersonProfile } from '../../../src/core/person-profile-types.ts';
import { REVIEW_STATUSES, type LeadReview, type ReviewStatus } from '../../../src/core/review-types.ts';

export type { Decision, Evidence, PersonAnalysis, Reason };

/** A link as the profile endpoint sends it: the stored link without its person id. */
export type PersonLink = Omit<StoredPersonLink, 'person_id'>;

export type { ReviewStatus };

/** The review statuses in workflow order. */
export const STATUSES: readonly ReviewStatus[] = REVIEW_STATUSES;

export const STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  new: 'New',
  in_review: 'In review',
  developed: 'Developed',
  approved: 'Approved',
  disseminated: 'Disseminated',
  discarded: 'Discarded',
};

/** The workflow's allowed next statuses (the server enforces the same table). */
export { NEXT_STATUSES };

export type { LeadPage, LeadReview, LeadRow, LeadSummary };

export type { PersonProfile };

export type { GraphEdge, GraphNode, PersonGraph };

export type { PackageBuild, PackageEntry };

export interface VerifyResult {
  readonly ok: boolean;
  readonly problems: readonly { file: string; problem: string }[];
  readonly keyId: string | null;
  readonly files: number;
}
