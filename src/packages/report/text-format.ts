import type { EvidenceRef, Grade, Markings, PackageLead } from '../package-input.ts';

export function gradeText(g: Grade): string {
  return `${g.source}${g.information}`;
}

export function markingsText(m: Markings): string {
  return `TLP:${m.tlp} / ${m.handling_code}`;
}

export function evidenceText(refs: readonly EvidenceRef[]): string {
  return refs.map((r) => `${r.kind} ${r.id}`).join(', ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function fixed(n: number, digits = 2): string {
  return n.toFixed(digits);
}

/** The fullest of a lead's names (longest, then first in code-unit order). */
export function displayName(l: PackageLead): string {
  let best: string | undefined;
  for (const n of l.identity.names)
    if (best === undefined || n.length > best.length || (n.length === best.length && n < best)) best = n;
  return best ?? '(no name)';
}

/**
 * The country attribution in words, never hiding a weak or split one: weak when the top
 * candidate's probability is under 0.5, split when the runner-up has at least half of it.
 */
export function attributionText(l: PackageLead): string {
  const [first, second] = l.country_candidates;
  const base = `${l.country} (p=${fixed(l.country_confidence)})`;
  const notes: string[] = [];
  if (l.country_confidence < 0.5) notes.push('weak attribution');
  if (first !== undefined && second !== undefined && second.p >= first.p / 2)
    notes.push(`split with ${second.country} (p=${fixed(second.p)})`);
  return notes.length === 0 ? base : `${base}: ${notes.join('; ')}`;
}
