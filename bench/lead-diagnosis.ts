/**
 * Why is a lead a lead, and why is a true lead not one? `npx tsx bench/lead-diagnosis.ts --case DIR
 * --world BUNDLE [--list N]`: reads an analysed case and the world's truth and prints
 * - each false lead: whose records it mostly holds (truth kind), how many members belong to other
 *   true persons, and the links that join records of different true persons with the fields that
 *   carried them (which tie, which identifier);
 * - each missed true lead: the predicted person holding most of its records, and the first lead
 *   rule that person fails (no network transfers, fewer than three, no chat tie, no identity,
 *   culpability short), or that its records went to someone else's person;
 * - missed urgent persons and wrong lead countries, with what the analysis found.
 * Truth is read here only; nothing in src/ sees it.
 */
import type { PersonAnalysis } from '../src/core/analysis-types.ts';
import { DEFAULT_LEAD_RULE } from '../src/analysis/stages/analysis-config.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { readTruth } from '../src/synth/read-truth.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback?: string): string => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? args[i + 1] : fallback;
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
};
const listN = Number(arg('list', '15'));
const store = SqliteStore.open(arg('case'));
const truth = readTruth(arg('world'));
const persons = await store.analysis.persons();
const tPerson = new Map(truth.persons.map((p) => [p.person_id, p]));
const acctTruth = new Map(
  truth.accounts.map((a) => [`${a.platform.toLowerCase()}:${a.handle.trim().toLowerCase()}`, a.person_id]),
);
const txTruth = new Map(truth.transactions.map((t) => [t.transaction_id, t]));
const memberTruth = (m: string): string | undefined =>
  m.startsWith('acct:') ? acctTruth.get(m.slice(5)) : txTruth.get(m.slice(3))?.sender_person_id;

function votes(p: PersonAnalysis): Map<string, number> {
  const v = new Map<string, number>();
  const add = (t: string | undefined): void => {
    if (t !== undefined) v.set(t, (v.get(t) ?? 0) + 1);
  };
  for (const a of p.accounts) add(acctTruth.get(`${a.platform}:${a.handle}`));
  for (const id of p.transactions) add(txTruth.get(id)?.sender_person_id);
  return v;
}
const majorityOf = (p: PersonAnalysis): string | null => {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of [...votes(p)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c > n) [best, n] = [k, c];
  return best;
};
const who = new Map(persons.map((p) => [p.person_id, majorityOf(p)]));
const kind = (id: string | null | undefined): string => (id ? (tPerson.get(id)?.kind ?? '?') : 'none');
const trueLeads = truth.persons.filter((p) => p.is_lead).map((p) => p.person_id);
const hit = new Set(persons.filter((p) => p.lead).map((p) => who.get(p.person_id)));
const ind = (p: PersonAnalysis, i: string): boolean => p.reasons.some((r) => r.indicator === i);
const b1 = (p: PersonAnalysis): number =>
  Number(/^(\d+)/.exec(p.reasons.find((r) => r.indicator === 'B1')?.detail ?? '')?.[1] ?? 0);
const summary = (p: PersonAnalysis): string =>
  `${p.person_id} role=${p.role} lead=${p.lead} c=${p.culpability} a=${p.actionability} accts=${p.accounts.length} tx=${p.transactions.length} B1=${b1(p)} ` +
  p.reasons
    .filter((r) => r.axis === 'culpability' || r.axis === 'urgent')
    .map((r) => `${r.indicator}:${r.weight}`)
    .join(' ');

// false leads: whose records, and the links across true persons
const falseLeads = persons.filter((p) => p.lead && !trueLeads.includes(who.get(p.person_id) ?? ''));
const fpKinds = new Map<string, number>();
const crossFields = new Map<string, number>();
const fpLines: string[] = [];
for (const p of falseLeads) {
  const w = who.get(p.person_id) ?? null;
  const v = votes(p);
  const others = [...v].filter(([k]) => k !== w);
  const k = `${kind(w)}${tPerson.get(w ?? '')?.role === 'buyer' ? ' (buyer, not a lead)' : ''}`;
  fpKinds.set(k, (fpKinds.get(k) ?? 0) + 1);
  const links = await store.analysis.links(p.person_id);
  const cross = links.filter((l) => memberTruth(l.a) !== memberTruth(l.b));
  for (const l of cross) {
    const f = l.breakdown
      .filter((b) => b.weight + b.tf > 0)
      .map((b) => b.field)
      .sort()
      .join('+');
    crossFields.set(f, (crossFields.get(f) ?? 0) + 1);
  }
  fpLines.push(
    `${summary(p)}\n    majority ${w} (${kind(w)}, ${v.get(w ?? '') ?? 0} records); others: ${others
      .map(([o, n]) => `${o}/${kind(o)}×${n}`)
      .join(', ')}\n    cross links: ${cross
      .slice(0, 4)
      .map(
        (l) =>
          `${l.a}~${l.b} [${l.breakdown
            .filter((b) => b.weight + b.tf > 0)
            .map((b) => `${b.field}:${b.level}`)
            .join(',')}]`,
      )
      .join('; ')}`,
  );
}

// missed true leads: the person holding most of their records, and the rule it fails
const holders = new Map<string, Map<string, number>>();
for (const p of persons)
  for (const [t, n] of votes(p)) {
    const m = holders.get(t) ?? holders.set(t, new Map()).get(t)!;
    m.set(p.person_id, n);
  }
const byId = new Map(persons.map((p) => [p.person_id, p]));
const fnReasons = new Map<string, number>();
const fnLines: string[] = [];
for (const t of trueLeads) {
  if (hit.has(t)) continue;
  const held = [...(holders.get(t) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  const best = held[0] === undefined ? undefined : byId.get(held[0][0]);
  let why: string;
  if (best === undefined) why = 'no records in any person';
  else if (best.lead) why = `records went to a lead held by ${kind(who.get(best.person_id))}`;
  else if (best.role !== 'buyer') why = `role ${best.role} (no network transfers)`;
  else if (b1(best) < DEFAULT_LEAD_RULE.minNetworkTransfers) why = 'fewer than 3 network transfers';
  else if (!ind(best, 'B7')) why = 'no network transfer tied to its chat (B7)';
  else if (
    !best.reasons.some((r) => r.axis === 'actionability' && r.weight > 0 && !r.indicator.startsWith('A6'))
  )
    why = 'no identity trail';
  else if (best.culpability < DEFAULT_LEAD_RULE.minCulpability) why = 'culpability under 4';
  else why = 'other';
  if (best !== undefined && best.accounts.length === 0) why += '; person has no account';
  if (best !== undefined && best.transactions.length === 0) why += '; person has no transfer';
  fnReasons.set(why, (fnReasons.get(why) ?? 0) + 1);
  const sessions = truth.transactions.filter((x) => x.sender_person_id === t && x.purpose === 'session');
  fnLines.push(
    `${t}: ${why}; ${held.length} persons hold its records; sessions ${sessions.length} (ref ${sessions.filter((s) => s.chat_link === 'reference').length}, timing ${sessions.filter((s) => s.chat_link === 'timing').length})\n    ${best === undefined ? '' : summary(best)}`,
  );
}

// account grouping: persons holding accounts of several true persons, and the links across them
const mixedFields = new Map<string, number>();
let mixedPersons = 0;
let wrongPairs = 0;
for (const p of persons) {
  const owners = new Map<string, number>();
  for (const a of p.accounts) {
    const t = acctTruth.get(`${a.platform}:${a.handle}`);
    if (t !== undefined) owners.set(t, (owners.get(t) ?? 0) + 1);
  }
  if (owners.size < 2) continue;
  mixedPersons++;
  const n = [...owners.values()];
  const all = n.reduce((a, b) => a + b, 0);
  wrongPairs += (all * (all - 1)) / 2 - n.reduce((a, b) => a + (b * (b - 1)) / 2, 0);
  for (const l of await store.analysis.links(p.person_id)) {
    const ta = memberTruth(l.a);
    const tb = memberTruth(l.b);
    if (ta === tb) continue;
    const f = `${l.a.slice(0, 4)}~${l.b.slice(0, 4)} ${l.breakdown
      .filter((b) => b.weight + b.tf > 0)
      .map((b) => `${b.field}:${b.level}`)
      .sort()
      .join('+')}`;
    mixedFields.set(f, (mixedFields.get(f) ?? 0) + 1);
  }
}

// urgent and country
const urgentTrue = truth.persons.filter((p) => p.urgent);
const urgentFound = new Set(persons.filter((p) => p.urgent).map((p) => who.get(p.person_id)));
const urgentMiss = new Map<string, number>();
for (const u of urgentTrue) {
  if (urgentFound.has(u.person_id)) continue;
  const held = [...(holders.get(u.person_id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  const best = held[0] === undefined ? undefined : byId.get(held[0][0]);
  const k = `truth ${u.urgent_reasons.join('+')} → ${best === undefined ? 'no person' : best.role !== 'buyer' ? `role ${best.role}` : best.urgent ? 'urgent but held by another majority' : 'buyer, not urgent'}`;
  urgentMiss.set(k, (urgentMiss.get(k) ?? 0) + 1);
}
const countryMiss = new Map<string, number>();
for (const p of persons.filter((x) => x.lead)) {
  const w = who.get(p.person_id);
  if (w === null || w === undefined || !trueLeads.includes(w)) continue;
  const tc = tPerson.get(w)!.country;
  if (tc === p.country) continue;
  const k = `${tc} → ${p.country ?? 'none'} (${p.country_candidates
    .slice(0, 2)
    .map((c) => `${c.country}:${c.p.toFixed(2)}`)
    .join(' ')})`;
  countryMiss.set(k, (countryMiss.get(k) ?? 0) + 1);
}
await store.close();
const sorted = (m: Map<string, number>): Record<string, number> =>
  Object.fromEntries([...m].sort((a, b) => b[1] - a[1]));
console.log(
  JSON.stringify(
    {
      leads_predicted: persons.filter((p) => p.lead).length,
      true_leads: trueLeads.length,
      false_leads: falseLeads.length,
      false_lead_majority_kind: sorted(fpKinds),
      false_lead_cross_link_fields: sorted(crossFields),
      missed_leads: trueLeads.length - [...hit].filter((h) => trueLeads.includes(h ?? '')).length,
      missed_lead_reasons: sorted(fnReasons),
      persons_mixing_accounts: { persons: mixedPersons, wrong_account_pairs: wrongPairs },
      mixing_link_fields: Object.fromEntries([...mixedFields].sort((a, b) => b[1] - a[1]).slice(0, 25)),
      urgent_missed: sorted(urgentMiss),
      lead_country_wrong: sorted(countryMiss),
    },
    null,
    2,
  ),
);
console.log('\n# false leads');
for (const l of fpLines.slice(0, listN)) console.log(l);
console.log('\n# missed leads');
for (const l of fnLines.slice(0, listN)) console.log(l);
