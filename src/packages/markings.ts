import { VigilError } from '../core/errors.ts';
import { EUROPOL_HANDLING_CODES, TLP_LEVELS } from './package-input.ts';
import type { Markings, PackageInput, Tlp } from './package-input.ts';

/** The package's markings after escalation, and what raised them. */
export interface EffectiveMarkings extends Markings {
  /** What the case asked for before escalation. */
  readonly requested: Markings;
  /** Items whose markings are stricter than the request ('lead:ID' / 'network:ID'), sorted. */
  readonly raised_by: readonly string[];
}

export function tlpRank(tlp: Tlp): number {
  return TLP_LEVELS.indexOf(tlp);
}

/** The case's handling order, least strict first. */
export function handlingOrder(input: PackageInput): readonly string[] {
  return input.markings.handling_order ?? EUROPOL_HANDLING_CODES;
}

function handlingRank(order: readonly string[], code: string, where: string): number {
  const i = order.indexOf(code);
  if (i < 0) {
    throw new VigilError(
      `${where} has handling code '${code}', which is not in the case's handling order (${order.join(', ')}).`,
      422,
      'unknown_handling_code',
    );
  }
  return i;
}

function checkTlp(tlp: string, where: string): void {
  if (!(TLP_LEVELS as readonly string[]).includes(tlp)) {
    throw new VigilError(`${where} has TLP '${tlp}', which is not a TLP 2.0 label.`, 422, 'unknown_tlp');
  }
}

/** True when `a` is at least as strict as `b` on both axes. */
export function atLeastAsStrict(
  a: Markings,
  b: Markings,
  order: readonly string[] = EUROPOL_HANDLING_CODES,
): boolean {
  return (
    tlpRank(a.tlp) >= tlpRank(b.tlp) &&
    handlingRank(order, a.handling_code, 'marking') >= handlingRank(order, b.handling_code, 'marking')
  );
}

/**
 * A package is marked at least as strictly as the strictest item in it: TLP and handling code are
 * each raised independently to the maximum over the request, every lead and every network.
 */
export function effectiveMarkings(input: PackageInput): EffectiveMarkings {
  const order = handlingOrder(input);
  const requested: Markings = { handling_code: input.markings.handling_code, tlp: input.markings.tlp };
  checkTlp(requested.tlp, 'The package');
  let tlp = tlpRank(requested.tlp);
  let handling = handlingRank(order, requested.handling_code, 'The package');
  const raisedBy: string[] = [];
  const items = [
    ...input.leads.map((l) => ({ key: `lead:${l.person_id}`, m: l.markings })),
    ...(input.networks ?? []).map((n) => ({ key: `network:${n.network_id}`, m: n.markings })),
  ];
  for (const { key, m } of items) {
    checkTlp(m.tlp, key);
    const t = tlpRank(m.tlp);
    const h = handlingRank(order, m.handling_code, key);
    if (t > tlpRank(requested.tlp) || h > handlingRank(order, requested.handling_code, 'The package'))
      raisedBy.push(key);
    tlp = Math.max(tlp, t);
    handling = Math.max(handling, h);
  }
  return {
    handling_code: order[handling] ?? requested.handling_code,
    tlp: TLP_LEVELS[tlp] ?? requested.tlp,
    requested,
    raised_by: raisedBy.sort(),
  };
}

/** The stricter of two markings, axis by axis. */
export function stricterMarkings(
  a: Markings,
  b: Markings,
  order: readonly string[] = EUROPOL_HANDLING_CODES,
): Markings {
  return {
    tlp: tlpRank(a.tlp) >= tlpRank(b.tlp) ? a.tlp : b.tlp,
    handling_code:
      handlingRank(order, a.handling_code, 'marking') >= handlingRank(order, b.handling_code, 'marking')
        ? a.handling_code
        : b.handling_code,
  };
}
