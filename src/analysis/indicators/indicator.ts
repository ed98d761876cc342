/** Buyer indicators B1–B12, seller signals S1–S3, and the identity-trail items of actionability. */
export const INDICATOR_IDS = [
  'B1',
  'B2',
  'B3',
  'B4',
  'B5',
  'B6',
  'B7',
  'B8',
  'B9',
  'B10',
  'B11',
  'B12',
  'S1',
  'S2',
  'S3',
  'A1',
  'A2',
  'A3',
  'A4',
  'A5',
  'A6',
  'A7',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export type EvidenceKind = 'message' | 'transaction' | 'ip_event' | 'account' | 'identifier';

export interface Evidence {
  readonly kind: EvidenceKind;
  readonly id: string;
}

/** One reason on a lead: which indicator, how much it adds (bits), why, and the records behind it. */
export interface Reason {
  readonly indicator: IndicatorId;
  readonly weight: number;
  readonly detail: string;
  readonly evidence: readonly Evidence[];
}

/** How a weight was set. */
export type WeightSource = 'hand' | 'estimated';

export interface IndicatorWeight {
  /** Full weight in bits (log2 likelihood ratio when estimated; capped points when set by hand). */
  readonly weight: number;
  readonly source: WeightSource;
  readonly note: string;
}

export type IndicatorWeights = Readonly<Record<IndicatorId, IndicatorWeight>>;

/** The evidence list of a reason, capped so one reason never carries thousands of ids. */
export const MAX_EVIDENCE = 50;

export function evidence(kind: EvidenceKind, ids: Iterable<string>): Evidence[] {
  const out: Evidence[] = [];
  for (const id of ids) {
    if (out.length >= MAX_EVIDENCE) break;
    out.push({ kind, id });
  }
  return out;
}
