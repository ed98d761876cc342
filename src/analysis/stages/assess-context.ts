import type { PaymentTie } from './payment-claims.ts';

/** Case-wide facts the per-person assessment reads. */
export interface AssessContext {
  readonly sellerAccounts: ReadonlySet<string>;
  /** Receiver keys that belong to the seller network. */
  readonly sellerReceivers: ReadonlySet<string>;
  readonly tiesByTransaction: ReadonlyMap<string, readonly PaymentTie[]>;
  readonly caseEnd: number;
  /** The countries the sellers operate in (high-risk receiving countries). */
  readonly sellerCountries: ReadonlySet<string>;
  /**
   * Family names of the receivers the seller network is known by: a sender bearing one is kin of
   * the network (a relative abroad sending home), not a customer.
   */
  readonly networkSurnames?: ReadonlySet<string>;
}

export const DAY = 86_400_000;
