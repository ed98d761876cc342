import { toCsv } from '../packages/csv.ts';
import type { PersonAnalysis, PersonLink } from '../store/analysis.ts';

/** persons.csv, accounts.csv and links.csv: the case's persons for spreadsheets and i2. */
export function caseCsv(
  persons: readonly PersonAnalysis[],
  links: readonly PersonLink[],
): Record<string, string> {
  const sorted = [...persons].sort((a, b) => (a.person_id < b.person_id ? -1 : 1));
  return {
    'persons.csv': toCsv(
      [
        'person_id',
        'role',
        'lead',
        'rank',
        'score',
        'culpability',
        'actionability',
        'urgent',
        'country',
        'country_confidence',
        'names',
        'accounts',
        'transactions',
      ],
      sorted.map((p) => [
        p.person_id,
        p.role,
        p.lead ? '1' : '0',
        p.rank === null ? '' : String(p.rank),
        String(p.score),
        String(p.culpability),
        String(p.actionability),
        p.urgent ? '1' : '0',
        p.country ?? '',
        String(p.country_confidence),
        p.names.join(';'),
        p.accounts.map((a) => `${a.platform}:${a.handle}`).join(';'),
        p.transactions.join(';'),
      ]),
    ),
    'accounts.csv': toCsv(
      ['platform', 'handle', 'person_id'],
      sorted.flatMap((p) => p.accounts.map((a) => [a.platform, a.handle, p.person_id])),
    ),
    'links.csv': toCsv(
      ['person_id', 'a', 'b', 'weight', 'probability', 'bridge'],
      links.map((l) => [
        l.person_id,
        l.a,
        l.b,
        Number.isFinite(l.weight) ? l.weight.toFixed(3) : 'decision',
        l.probability.toFixed(4),
        l.bridge ? '1' : '0',
      ]),
    ),
  };
}
