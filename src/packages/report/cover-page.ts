import type { EffectiveMarkings } from '../markings.ts';
import type { PackageInput } from '../package-input.ts';
import { utcText } from '../utc-time.ts';
import { TRANSLITERATED_MARK } from './pdf-text.ts';
import type { ReportWriter } from './report-writer.ts';
import { gradeText, markingsText, plural } from './text-format.ts';

function gradingSummary(input: PackageInput): string {
  const counts = new Map<string, number>();
  for (const g of [...input.leads.map((l) => l.grade), ...(input.networks ?? []).map((n) => n.grade)]) {
    const k = gradeText(g);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const parts = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([g, n]) => `${g}: ${n}`);
  return parts.length === 0 ? '' : `${parts.join(', ')}  (4x4: source A/B/C/X, information 1-4)`;
}

/** Page 1: who it is for, how it is marked, what is inside. */
export function drawCoverPage(w: ReportWriter, input: PackageInput, markings: EffectiveMarkings): void {
  w.newPage();
  w.gap(40);
  w.para('VIGIL INFORMATION PACKAGE', { style: 'bold', size: 11, muted: true });
  w.gap(4);
  w.heading(input.case.operation, 1);
  w.para(`For ${input.recipientAuthority} (${input.country})`, { size: 13 });
  w.gap(18);
  const leads = input.leads;
  const networks = input.networks ?? [];
  const raised =
    markings.raised_by.length === 0
      ? 'as requested'
      : `raised from ${markingsText(markings.requested)} by ${plural(markings.raised_by.length, 'item')} marked more strictly`;
  w.keyValues([
    ['Case', `${input.case.name} (${input.case.id})`],
    ['Date', utcText(input.generatedAt)],
    ['Handling code', markings.handling_code],
    ['TLP', `TLP:${markings.tlp}`],
    ['Markings', `The strictest item in this package; ${raised}.`],
    ['Grading', gradingSummary(input)],
  ]);
  if (markings.raised_by.length > 0) {
    const shown = markings.raised_by.slice(0, 12).join(', ');
    const more = markings.raised_by.length > 12 ? ` and ${markings.raised_by.length - 12} more` : '';
    w.keyValues([['Raised by', `${shown}${more}`]]);
  }
  w.gap(12);
  w.heading('Contents', 3);
  w.keyValues([
    ['Leads', `${leads.length} (${leads.filter((l) => l.urgent).length} urgent)`],
    ['Seller networks', String(networks.length)],
    ['Payments', String(leads.reduce((s, l) => s + l.payments.length, 0))],
    ['IP events', String(leads.reduce((s, l) => s + l.ip_events.length, 0))],
    ['Chat excerpts', String(leads.reduce((s, l) => s + l.chat_excerpts.length, 0))],
    [
      'Media matches',
      String(leads.reduce((s, l) => s + l.media_matches.counts.reduce((t, c) => t + c.count, 0), 0)),
    ],
    ['Source files', String(input.sourceFiles.length)],
  ]);
  if (input.override !== undefined) {
    w.gap(8);
    w.keyValues([['Override', input.override]]);
  }
  w.gap(18);
  w.para(
    'All times are UTC. Media is described by category counts and hashes only; no image is included. ' +
      `Text the report font cannot show is transliterated and marked ${TRANSLITERATED_MARK}; entities.json and the CSV files hold the exact text. ` +
      'The files of this package are listed with their SHA-256 in manifest.json, signed in manifest.sig; check them with `vigil verify <folder>`.',
    { size: 8.5, muted: true },
  );
}
