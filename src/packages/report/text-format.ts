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
