import { describe, expect, it } from 'vitest';
import { canonicalInput } from './canonical-input.ts';
import { toCsv } from './csv.ts';
import { ipEventsCsv } from './ip-events-csv.ts';
import { leadsCsv } from './leads-csv.ts';
import { fixturePackageInput } from './package-fixtures.ts';
import { transactionsCsv } from './transactions-csv.ts';

describe('RFC 4180 CSV', () => {
  it('ends every record with CRLF and quotes only what needs quoting', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        ['plain', 'with, comma', 'with "quote"'],
        ['line\nbreak', null, 42],
        [true, '', 'cr\rhere'],
      ],
    );
    expect(csv).toBe(
      'a,b,c\r\nplain,"with, comma","with ""quote"""\r\n"line\nbreak",,42\r\ntrue,,"cr\rhere"\r\n',
    );
  });
});

describe('package CSV files', () => {
  it('carry one row per item with UTC times, source references and the lead markings', () => {
    const input = canonicalInput(fixturePackageInput('DE', [0, 1]));
    const tx = transactionsCsv(input).split('\r\n');
    const ip = ipEventsCsv(input).split('\r\n');
    expect(leadsCsv(input).split('\r\n')).toHaveLength(input.leads.length + 2);
    expect(tx).toHaveLength(input.leads.reduce((s, l) => s + l.payments.length, 0) + 2);
    expect(ip).toHaveLength(input.leads.reduce((s, l) => s + l.ip_events.length, 0) + 2);
    const lead = input.leads[0]!;
    const p = lead.payments[0]!;
    expect(tx[1]).toBe(
      [
        lead.person_id,
        p.transaction_id,
        p.provider,
        '2023-01-09T20:15:00Z',
        p.amount,
        p.currency,
        p.sender_name,
        p.receiver,
        'PH',
        'H1',
        'AMBER',
        p.source!.file_sha256,
        p.source!.line,
      ].join(','),
    );
    const e = lead.ip_events[0]!;
    expect(ip[1]).toBe(
      [
        lead.person_id,
        e.event_id,
        e.ip,
        e.port,
        '2023-01-09T20:15:17Z',
        e.platform,
        e.handle,
        e.event,
        'DE',
        'H1',
        'AMBER',
        e.source!.file_sha256,
        e.source!.line,
      ].join(','),
    );
  });
});
