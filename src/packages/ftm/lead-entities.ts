import type { PackageInput, PackageLead } from '../package-input.ts';
import { ftmDate, utcIso } from '../utc-time.ts';
import { ftmId } from './entity-set.ts';
import type { EntitySet } from './entity-set.ts';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function lc(country: string | null): string | null {
  return country === null ? null : country.toLowerCase();
}

function accountId(platform: string, handle: string): string {
  return ftmId('UserAccount', [platform, handle]);
}

/** The FtM entities of one lead: the person, addresses, accounts, messages, payments, IP events, notes. */
export function addLeadEntities(set: EntitySet, input: PackageInput, lead: PackageLead): void {
  const m = { markings: lead.markings };
  const id = lead.identity;
  const personId = ftmId('Person', [input.case.id, lead.person_id]);

  const addressIds = id.addresses.map((a) =>
    set.add(
      'Address',
      ftmId('Address', [a.full, a.city, a.country]),
      { full: [a.full], city: [a.city], country: [lc(a.country)] },
      m,
    ),
  );
  set.add(
    'Person',
    personId,
    {
      // FtM requires a name: without one, the lead's handles, else a label that says so.
      name:
        id.names.length > 0
          ? id.names
          : id.accounts.length > 0
            ? id.accounts.map((a) => a.handle)
            : [`Unidentified (${lead.person_id})`],
      birthDate: id.dates_of_birth.filter((d) => ISO_DATE.test(d)),
      phone: id.phones,
      email: id.emails,
      country: [lc(lead.country)],
      address: id.addresses.map((a) => a.full),
      addressEntity: addressIds,
    },
    {
      kind: 'lead',
      person_id: lead.person_id,
      rank: lead.rank,
      score: lead.score,
      urgent: lead.urgent,
      country_confidence: lead.country_confidence,
      country_candidates: lead.country_candidates,
      grade: lead.grade,
      markings: lead.markings,
      dates_of_birth_as_written: id.dates_of_birth.filter((d) => !ISO_DATE.test(d)),
      reasons: lead.reasons,
      media_matches: lead.media_matches,
    },
  );

  const own = new Set(id.accounts.map((a) => `${a.platform}\u0000${a.handle}`));
  for (const a of id.accounts) {
    const ips = lead.ip_events
      .filter((e) => e.platform === a.platform && e.handle === a.handle)
      .map((e) => e.ip);
    set.add(
      'UserAccount',
      accountId(a.platform, a.handle),
      { service: [a.platform], username: [a.handle], owner: [personId], ipAddress: ips },
      m,
    );
  }

  for (const c of lead.chat_excerpts) {
    const senderAccount = set.add(
      'UserAccount',
      accountId(c.platform, c.sender),
      { service: [c.platform], username: [c.sender] },
      m,
    );
    const sender = own.has(`${c.platform}\u0000${c.sender}`)
      ? personId
      : set.add(
          'LegalEntity',
          ftmId('LegalEntity', ['account-holder', c.platform, c.sender]),
          { name: [c.sender] },
          m,
        );
    if (sender !== personId) set.add('UserAccount', senderAccount, { owner: [sender] }, m);
    const recipientAccounts = c.recipients.map((r) =>
      set.add('UserAccount', accountId(c.platform, r), { service: [c.platform], username: [r] }, m),
    );
    set.add(
      'Message',
      ftmId('Message', [c.platform, c.message_id]),
      {
        messageId: [c.message_id],
        bodyText: [c.body],
        date: [ftmDate(c.sent_at)],
        sender: [sender],
        senderAccount: [senderAccount],
        recipientAccount: recipientAccounts,
      },
      { ...m, grade: lead.grade, lead: lead.person_id, source: c.source },
    );
  }

  for (const p of lead.payments) {
    const beneficiary = set.add(
      'LegalEntity',
      ftmId('LegalEntity', ['receiver', p.receiver ?? '(unknown receiver)', p.receiver_country]),
      { name: [p.receiver ?? '(unknown receiver)'], country: [lc(p.receiver_country)] },
      m,
    );
    set.add(
      'Payment',
      ftmId('Payment', [p.provider, p.transaction_id]),
      {
        payer: [personId],
        beneficiary: [beneficiary],
        amount: [p.amount],
        currency: [p.currency],
        date: [ftmDate(p.sent_at)],
        transactionNumber: [p.transaction_id],
        namesMentioned: [p.sender_name],
        description: [`Transfer via ${p.provider}`],
      },
      {
        ...m,
        grade: lead.grade,
        lead: lead.person_id,
        provider: p.provider,
        sender_name: p.sender_name,
        source: p.source,
      },
    );
  }

  for (const e of lead.ip_events) {
    set.add(
      'Event',
      ftmId('Event', ['ip_event', e.event_id]),
      {
        name: [
          `${e.event ?? 'IP event'} ${e.platform}:${e.handle} from ${e.ip}${e.port === null ? '' : ` port ${e.port}`}`,
        ],
        date: [ftmDate(e.seen_at)],
        involved: [personId],
        ipMentioned: [e.ip],
        country: [lc(e.ip_country)],
      },
      {
        ...m,
        kind: 'ip_event',
        lead: lead.person_id,
        event_id: e.event_id,
        ip: e.ip,
        port: e.port,
        seen_at: utcIso(e.seen_at),
        platform: e.platform,
        handle: e.handle,
        account: accountId(e.platform, e.handle),
        event: e.event,
        source: e.source,
      },
    );
  }

  for (const n of lead.notes) {
    set.add(
      'Note',
      ftmId('Note', [personId, n.author, n.written_at, n.text]),
      {
        entity: [personId],
        description: [n.text],
        publisher: [n.author],
        createdAt: [ftmDate(n.written_at)],
      },
      { ...m, kind: 'investigator_note', author: n.author, lead: lead.person_id },
    );
  }
}
