import { MISSING, type BlockingRule, type Comparison } from '../linkage/comparison.ts';
import { PERSON_BLOCKING, PERSON_COMPARISONS } from '../linkage/person-comparisons.ts';
import type { PersonRecord } from '../linkage/person-record.ts';

/**
 * What the case linkage compares: its nodes (accounts and payer records) and the comparisons and
 * blocking rules over them — the person fields, home addresses used together, and chat ties.
 */
/** A node of the case's identity graph: an account or a payer record (one transfer's sender). */
export interface CaseNode extends PersonRecord {
  /** Residential addresses the account used; shared, hosting and special addresses left out. */
  readonly homeIps: readonly string[];
  /** When the account used each home address (sorted epoch ms). */
  readonly homeIpTimes: ReadonlyMap<string, readonly number[]>;
  readonly seller: boolean;
  /** Accounts: the transfers their chat is tied to (quoted reference or "sent" minutes after). Payers: their own id. */
  readonly tieRefs: readonly string[];
  /** Accounts: the transfers whose reference their chat quotes (a subset of tieRefs). */
  readonly quotedRefs: readonly string[];
  readonly isAccount: boolean;
  /** The account's name is read from its handle ("hans.meyer78"): it may agree, but a handle
   * that reads otherwise ("chef_jan58") says nothing against a name. */
  readonly nameFromHandle: boolean;
}

/**
 * Two accounts use a home address together when both are seen on it within this window. Addresses
 * are reassigned over the years: strangers who share one were mostly there years apart (measured
 * on small worlds: a median of 2.6 years apart, against 4 days for one person's accounts).
 */
export const IP_WINDOW_MS = 14 * 86_400_000;

/** Whether two sorted time lists hold a pair of times within `window` of each other. */
export function within(a: readonly number[], b: readonly number[], window: number): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (Math.abs(a[i]! - b[j]!) <= window) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

/**
 * Home addresses used together (both accounts on it within IP_WINDOW_MS): on two or more, on one,
 * shared only at times far apart (a reassigned address), or none shared.
 */
const IP_COMPARISON: Comparison<CaseNode> = {
  name: 'home_ip',
  levels: ['two_or_more_together', 'one_together', 'apart', 'different'],
  mPrior: [0.4, 0.35, 0.05, 0.2],
  uPrior: [0.00005, 0.0005, 0.002, 0.99745],
  compare: (a, b) => {
    if (a.homeIps.length === 0 || b.homeIps.length === 0) return MISSING;
    let together = 0;
    let apart = 0;
    for (const ip of b.homeIps) {
      const ta = a.homeIpTimes.get(ip);
      if (ta === undefined) continue;
      if (within(ta, b.homeIpTimes.get(ip)!, IP_WINDOW_MS)) together++;
      else apart++;
    }
    return together >= 2 ? 0 : together === 1 ? 1 : apart > 0 ? 2 : 3;
  },
};

const IP_BLOCKING: BlockingRule<CaseNode> = { name: 'home_ip', keys: (r) => r.homeIps };

/**
 * A transfer tied to an account's chat: compared only between an account and a payer record, and
 * (its absence weighs little: most of a buyer's transfers are never mentioned, and EM learns so).
 * A quoted reference and a "sent" message minutes after are separate levels: the second can be a
 * coincidence, and a link resting on it alone may not join two payers (`cutLooseTies`).
 */
const TIE_COMPARISON: Comparison<CaseNode> = {
  name: 'chat_tie',
  levels: ['quoted', 'claimed', 'not_tied'],
  mPrior: [0.5, 0.45, 0.05],
  uPrior: [0.00005, 0.00005, 0.9999],
  compare: (a, b) => {
    if (a.isAccount === b.isAccount) return MISSING;
    const [acc, payer] = a.isAccount ? [a, b] : [b, a];
    const ref = payer.tieRefs[0] ?? '';
    return acc.quotedRefs.includes(ref) ? 0 : acc.tieRefs.includes(ref) ? 1 : 2;
  },
};

const TIE_BLOCKING: BlockingRule<CaseNode> = { name: 'chat_tie', keys: (r) => r.tieRefs };

/** Name comparisons where a handle-read name's disagreement counts as no evidence. */
function agreementOnlyForHandles(c: Comparison<CaseNode>): Comparison<CaseNode> {
  const different = c.levels.length - 1;
  return {
    ...c,
    compare: (a, b) => {
      const level = c.compare(a, b);
      return level === different && (a.nameFromHandle || b.nameFromHandle) ? MISSING : level;
    },
  };
}

export const CASE_COMPARISONS: readonly Comparison<CaseNode>[] = [
  ...PERSON_COMPARISONS.map((c) =>
    c.name === 'given_name' || c.name === 'surname' ? agreementOnlyForHandles(c) : c,
  ),
  IP_COMPARISON,
  TIE_COMPARISON,
];
export const CASE_BLOCKING: readonly BlockingRule<CaseNode>[] = [
  ...PERSON_BLOCKING,
  IP_BLOCKING,
  TIE_BLOCKING,
];
