/**
 * Identity trails a customer leaves in chat: an e-mail, a phone number (national format), another
 * handle of theirs, their real name. Buyers who disclose do so per BUYER rates; others at the
 * lower OTHER rates (an identity trail with no evidence of paying is a confounder).
 */
import type { Rng } from './prng.ts';
import type { Conversation } from './world-types.ts';

export const DISCLOSE_BUYER = { email: 0.5, phone: 0.35, handle: 0.3, name: 0.3 } as const;
export const DISCLOSE_BUYER_CAREFUL = { email: 0.03, phone: 0.02, handle: 0.05, name: 0.02 } as const;
export const DISCLOSE_OTHER = { email: 0.08, phone: 0.12, handle: 0.05, name: 0.1 } as const;

export function disclosures(rng: Rng, c: Conversation): void {
  const p = c.customer.person;
  const rates =
    p.buyer === null ? DISCLOSE_OTHER : p.buyer.discloses ? DISCLOSE_BUYER : DISCLOSE_BUYER_CAREFUL;
  const others = p.accounts.filter((a) => a !== c.customer);
  c.disclose.email = rng.chance(rates.email);
  c.disclose.phone = rng.chance(rates.phone);
  c.disclose.handle = others.length > 0 && rng.chance(rates.handle) ? rng.pick(others) : null;
  c.disclose.name = rng.chance(rates.name);
}
