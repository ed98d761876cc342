import type { PackageLead } from '../package-input.ts';
import { utcText } from '../utc-time.ts';
import type { ReportWriter } from './report-writer.ts';
import { attributionText, displayName, evidenceText, fixed, gradeText, markingsText } from './text-format.ts';

function identity(w: ReportWriter, l: PackageLead): void {
  const id = l.identity;
  w.heading('Identity', 3);
  w.keyValues([
    ['Names', id.names.join('\n')],
    ['Date of birth', id.dates_of_birth.join('\n')],
    ['Addresses', id.addresses.map((a) => a.full + (a.country ? ` (${a.country})` : '')).join('\n')],
    ['Phones', id.phones.join('\n')],
    ['E-mails', id.emails.join('\n')],
    ['Accounts', id.accounts.map((a) => `${a.platform}: ${a.handle}`).join('\n')],
    [
      'Country',
      l.country_candidates.map((c) => `${c.country} p=${fixed(c.p)} (${c.evidence.join('; ')})`).join('\n'),
    ],
  ]);
}

function why(w: ReportWriter, l: PackageLead): void {
  w.heading('Why this person is a lead', 3);
  if (l.reasons.length === 0) w.para('No reasons recorded.', { muted: true });
  for (const r of l.reasons) {
    w.para(`${r.indicator} (weight ${fixed(r.weight)}): ${r.detail}`);
    if (r.evidence.length > 0)
      w.para(`Evidence: ${evidenceText(r.evidence)}`, { size: 8, muted: true, indent: 12 });
    w.gap(2);
  }
}

function payments(w: ReportWriter, l: PackageLead): void {
  w.heading('Payments', 3);
  if (l.payments.length === 0) return w.para('None.', { muted: true });
  w.table(
    [
      { header: 'Time (UTC)', width: 17 },
      { header: 'Transaction', width: 16, mono: true },
      { header: 'Provider', width: 13 },
      { header: 'Amount', width: 12, align: 'right' },
      { header: 'Sender name', width: 20 },
      { header: 'Receiver', width: 22 },
    ],
    l.payments.map((p) => [
      utcText(p.sent_at).replace(' UTC', ''),
      p.transaction_id,
      p.provider,
      `${p.amount} ${p.currency}`,
      p.sender_name ?? '',
      p.receiver === null ? '' : `${p.receiver}${p.receiver_country ? ` (${p.receiver_country})` : ''}`,
    ]),
  );
}

function ipEvents(w: ReportWriter, l: PackageLead): void {
  w.heading('IP addresses (for subscriber requests)', 3);
  if (l.ip_events.length === 0) return w.para('None.', { muted: true });
  w.table(
    [
      { header: 'Time (UTC)', width: 17 },
      { header: 'IP address', width: 22, mono: true },
      { header: 'Port', width: 11, align: 'right' },
      { header: 'Event', width: 11 },
      { header: 'Account', width: 29 },
      { header: 'IP country', width: 10 },
    ],
    l.ip_events.map((e) => [
      utcText(e.seen_at).replace(' UTC', ''),
      e.ip,
      e.port === null ? 'not recorded' : String(e.port),
      e.event ?? '',
      `${e.platform}: ${e.handle}`,
      e.ip_country ?? '',
    ]),
  );
}

function chat(w: ReportWriter, l: PackageLead): void {
  w.heading('Chat excerpts', 3);
  if (l.chat_excerpts.length === 0) return w.para('None.', { muted: true });
  for (const c of l.chat_excerpts) {
    w.ensure(48);
    w.para(
      `${c.message_id}  \u00b7  ${utcText(c.sent_at)}  \u00b7  ${c.platform}: ${c.sender} to ${c.recipients.join(', ')}`,
      {
        style: 'bold',
        size: 8.5,
      },
    );
    w.para(`\u201c${c.body}\u201d`, { indent: 12 });
    w.para(`Source: sha256 ${c.source.file_sha256}, line ${c.source.line}`, {
      style: 'mono',
      size: 7,
      muted: true,
      indent: 12,
    });
    w.gap(4);
  }
}

function media(w: ReportWriter, l: PackageLead): void {
  w.heading('Media matches (counts and hashes only)', 3);
  const m = l.media_matches;
  if (m.counts.length === 0 && m.hashes.length === 0) return w.para('None.', { muted: true });
  w.para(m.counts.map((c) => `${c.category}: ${c.count}`).join(', '));
  if (m.hashes.length > 0) {
    w.table(
      [
        { header: 'Category', width: 18 },
        { header: 'Algorithm', width: 10 },
        { header: 'Hash', width: 72, mono: true },
      ],
      m.hashes.map((h) => [h.category, h.algorithm, h.value]),
    );
  }
}

function notes(w: ReportWriter, l: PackageLead): void {
  w.heading("Investigators' notes", 3);
  if (l.notes.length === 0) return w.para('None.', { muted: true });
  for (const n of l.notes) {
    w.para(`${n.author}, ${utcText(n.written_at)}`, { style: 'bold', size: 8.5 });
    w.para(n.text, { indent: 12 });
    w.gap(3);
  }
}

/** One lead, starting on a new page. */
export function drawLeadSection(w: ReportWriter, l: PackageLead): void {
  w.newPage();
  const name = displayName(l);
  w.doc.outline.addItem(`Lead ${l.rank}: ${name}`);
  w.heading(`Lead ${l.rank}: ${name}${l.urgent ? '  \u2014  URGENT' : ''}`, 2);
  w.keyValues([
    ['Person id', l.person_id],
    ['Score', fixed(l.score)],
    ['Attributed to', attributionText(l)],
    ['Grading', `${gradeText(l.grade)} (source ${l.grade.source}, information ${l.grade.information})`],
    ['Markings', markingsText(l.markings)],
  ]);
  identity(w, l);
  why(w, l);
  payments(w, l);
  ipEvents(w, l);
  chat(w, l);
  media(w, l);
  notes(w, l);
}
