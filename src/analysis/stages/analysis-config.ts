/**
 * What makes a lead, as case configuration (defaults documented in docs/analysis.md). The default
 * follows indicators.md: evidence of paying the seller network, tied to the person's own chat,
 * and an identity trail an authority can act on.
 */
export interface LeadRule {
  /** Transfers into the seller network (B1) a lead needs. */
  readonly minNetworkTransfers: number;
  /** A transfer tied to the person's chat (B7) is required. */
  readonly requireChatTie: boolean;
  /** An identity trail (name on a transfer, registered or disclosed contact, phone-number account) is required. */
  readonly requireIdentity: boolean;
  /** Minimum culpability points. */
  readonly minCulpability: number;
}

export const DEFAULT_LEAD_RULE: LeadRule = {
  minNetworkTransfers: 3,
  requireChatTie: true,
  requireIdentity: true,
  minCulpability: 4,
};

/** Countries the sellers operate from when the case does not say: those of the seller accounts' records. */
export const DEFAULT_SELLER_COUNTRIES: readonly string[] = ['PH'];
