import type { PackageNetwork } from '../package-input.ts';
import { utcText } from '../utc-time.ts';
import type { ReportWriter } from './report-writer.ts';
import { evidenceText, fixed, gradeText, markingsText } from './text-format.ts';

function period(n: PackageNetwork): string {
  const from = n.active_from === null ? 'unknown' : utcText(n.active_from);
  const to = n.active_to === null ? 'unknown' : utcText(n.active_to);
  return `${from} to ${to}${n.still_active ? ' (still active)' : ''}`;
}

/** One seller network (issue 7), starting on a new page. */
export function drawNetworkSection(w: ReportWriter, n: PackageNetwork): void {
  w.newPage();
  w.doc.outline.addItem(`Network: ${n.name}`);
  w.heading(`Seller network: ${n.name}${n.still_active ? '  \u2014  URGENT: STILL ACTIVE' : ''}`, 2);
  w.keyValues([
    ['Network id', n.network_id],
    ['Operates in', n.country],
    ['Active', period(n)],
    ['Grading', gradeText(n.grade)],
    ['Markings', markingsText(n.markings)],
    ['Buyers by country', n.buyer_counts.map((b) => `${b.country}: ${b.buyers}`).join(', ')],
  ]);
  w.heading('Members and receivers', 3);
  w.table(
    [
      { header: 'Role', width: 14 },
      { header: 'Names', width: 30 },
      { header: 'Accounts', width: 34 },
      { header: 'Person id', width: 22, mono: true },
    ],
    n.members.map((m) => [
      m.role,
      m.names.join('\n'),
      m.accounts.map((a) => `${a.platform}: ${a.handle}`).join('\n'),
      m.person_id,
    ]),
  );
  w.heading('Where it operates', 3);
  w.table(
    [
      { header: 'Place', width: 34 },
      { header: 'Lat, lon', width: 18 },
      { header: 'Source', width: 14 },
      { header: 'Evidence', width: 34 },
    ],
    n.locations.map((l) => [
      l.label,
      l.lat === null || l.lon === null ? '' : `${l.lat}, ${l.lon}`,
      l.source,
      evidenceText(l.evidence),
    ]),
  );
  w.heading('Money received by month', 3);
  w.table(
    [
      { header: 'Month', width: 30 },
      { header: 'Amount', width: 40, align: 'right' },
      { header: 'Currency', width: 30 },
    ],
    n.money_by_month.map((m) => [m.month, m.amount, m.currency]),
  );
  w.heading('Evidence behind each statement', 3);
  for (const s of n.statements) {
    w.para(`${s.indicator} (weight ${fixed(s.weight)}): ${s.detail}`);
    if (s.evidence.length > 0)
      w.para(`Evidence: ${evidenceText(s.evidence)}`, { size: 8, muted: true, indent: 12 });
  }
  for (const note of n.notes)
    w.para(`${note.author}, ${utcText(note.written_at)}: ${note.text}`, { size: 8.5 });
}
