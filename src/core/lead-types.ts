/**
 * The lead queue and the dashboard's sprint progress as the API answers them (GET /api/leads,
 * /api/leads/summary). Types only, so the web app shares them.
 */
import type { ReviewStatus } from './review-types.ts';

/** One row of the lead queue. */
export interface LeadRow {
  readonly person_id: string;
  readonly rank: number | null;
  readonly lead: boolean;
  readonly score: number;
  readonly culpability: number;
  readonly actionability: number;
  readonly urgent: boolean;
  readonly country: string | null;
  readonly country_confidence: number;
  readonly name: string | null;
  readonly accounts: number;
  readonly transfers: number;
  readonly status: ReviewStatus;
  readonly assignee: string | null;
  readonly tags: readonly string[];
  readonly version: number;
}

export interface LeadPage {
  readonly total: number;
  readonly offset: number;
  readonly rows: readonly LeadRow[];
  /** Countries present in what this user may see, for the filter. */
  readonly countries: readonly string[];
  readonly assignees: readonly string[];
}

/** Leads by review status and by country, within what the user may see. */
export interface LeadSummary {
  readonly total: number;
  readonly leads: number;
  readonly urgent: number;
  readonly by_status: Readonly<Record<ReviewStatus, number>>;
  readonly by_country: readonly { country: string; count: number; leads: number }[];
}
