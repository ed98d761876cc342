import type { PackageInput } from '../package-input.ts';
import type { ReportWriter } from './report-writer.ts';
import { displayName, fixed, gradeText, markingsText } from './text-format.ts';

/** One row per lead, in rank order. */
export function drawSummaryTable(w: ReportWriter, input: PackageInput): void {
  w.newPage();
  w.heading('Summary of leads', 2);
  if (input.leads.length === 0) {
    w.para('This package holds no buyer leads.', { muted: true });
    return;
  }
  w.table(
    [
      { header: 'Rank', width: 5, align: 'right' },
      { header: 'Name', width: 18 },
      { header: 'Person id', width: 17, mono: true },
      { header: 'Score', width: 6, align: 'right' },
      { header: 'Urgent', width: 8 },
      { header: 'Country (p)', width: 10 },
      { header: 'Grade', width: 6 },
      { header: 'Markings', width: 14 },
      { header: 'Pay.', width: 5, align: 'right' },
      { header: 'IP', width: 4, align: 'right' },
    ],
    input.leads.map((l) => [
      String(l.rank),
      displayName(l),
      l.person_id,
      fixed(l.score),
      l.urgent ? 'URGENT' : '',
      `${l.country} (${fixed(l.country_confidence)})`,
      gradeText(l.grade),
      markingsText(l.markings),
      String(l.payments.length),
      String(l.ip_events.length),
    ]),
  );
}
