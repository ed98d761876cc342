import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvParser } from '../bundle/csv-parser.ts';
import { isCountryCode, isCurrencyCode } from '../bundle/codes.ts';
import { writeSynthBundle } from './write-synth-bundle.ts';

const root = mkdtempSync(join(tmpdir(), 'vigil-synth-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

function digests(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesOf(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** Rows of a CSV file as objects keyed by header, with the line each starts on. */
function rows(path: string): { line: number; row: Record<string, string>; width: number }[] {
  const parser = new CsvParser();
  const all = [...parser.push(readFileSync(path, 'utf8')), ...parser.end()];
  const header = (all[0]?.fields ?? []).map((h) => h.trim().toLowerCase());
  return all.slice(1).map((r) => ({
    line: r.startLine,
    width: r.fields.length,
    row: Object.fromEntries(header.map((h, i) => [h, r.fields[i] ?? ''])),
  }));
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?(Z|[+-]\d\d:\d\d)$/;
const EPOCH = /^\d{10}(\d{3})?$/;
const IPV4 = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const validTime = (s: string): boolean => ISO.test(s) || EPOCH.test(s);

describe('writeSynthBundle (tiny)', () => {
  const a = join(root, 'a');
  const b = join(root, 'b');
  const bad = join(root, 'bad');

  it('is deterministic: the same seed and scale give byte-identical bundles', async () => {
    const s1 = await writeSynthBundle({ out: a, scale: 'tiny', seed: 7, badRows: false });
    await writeSynthBundle({ out: b, scale: 'tiny', seed: 7, badRows: false });
    expect(digests(a)).toEqual(digests(b));
    expect(s1.seconds).toBeLessThan(5);
    const other = join(root, 'other');
    await writeSynthBundle({ out: other, scale: 'tiny', seed: 8, badRows: false });
    expect(digests(other)['transactions.csv']).not.toEqual(digests(a)['transactions.csv']);
  });

  it('writes only valid rows without --bad-rows: quoting, widths, times, codes, addresses', () => {
    for (const f of filesOf(a).filter((x) => !x.startsWith('truth/'))) {
      const header = readFileSync(join(a, f), 'utf8').split('\n', 1)[0]!.split(',');
      for (const { line, row, width } of rows(join(a, f))) {
        const where = `${f}:${line}`;
        expect(width, where).toBe(header.length);
        for (const col of ['sent_at', 'seen_at', 'observed_at', 'registered_at'])
          if (row[col] !== undefined && row[col] !== '')
            expect(validTime(row[col]), `${where} ${row[col]}`).toBe(true);
        for (const col of ['ip', 'registration_ip'])
          if (row[col] !== undefined && row[col] !== '') expect(row[col], where).toMatch(IPV4);
        if (f === 'transactions.csv') {
          expect(row.transaction_id, where).not.toBe('');
          expect(row.amount, where).toMatch(/^\d+\.\d\d$/);
          expect(isCurrencyCode(row.currency!), where).toBe(true);
          expect(isCountryCode(row.sender_country!), where).toBe(true);
          expect(row.receiver_country, where).toBe('PH');
        }
        if (f.startsWith('messages')) {
          expect(row.sender, where).not.toBe('');
          expect(row.recipients, where).not.toBe('');
          expect(row.body !== '' || row.attachments !== '', where).toBe(true);
        }
      }
    }
  });

  it('has truth consistent with the bundle', () => {
    const msgAccounts = new Set<string>();
    const messageIds = new Set<string>();
    for (const f of filesOf(a).filter((x) => x.startsWith('messages'))) {
      for (const { row } of rows(join(a, f))) {
        const key = `${row.platform}|${row.message_id}`;
        expect(messageIds.has(key), key).toBe(false);
        messageIds.add(key);
        msgAccounts.add(`${row.platform}|${row.sender}`);
        for (const r of row.recipients!.split(';')) msgAccounts.add(`${row.platform}|${r}`);
      }
    }
    const persons = new Map(rows(join(a, 'truth/persons.csv')).map(({ row }) => [row.person_id!, row]));
    for (const { row } of rows(join(a, 'truth/accounts.csv'))) {
      expect(msgAccounts.has(`${row.platform}|${row.handle}`), `${row.platform}:${row.handle}`).toBe(true);
      expect(persons.has(row.person_id!)).toBe(true);
    }
    const txIds = new Set(rows(join(a, 'transactions.csv')).map(({ row }) => row.transaction_id));
    const truthTx = rows(join(a, 'truth/transactions.csv'));
    expect(truthTx.length).toBe(txIds.size);
    for (const { row } of truthTx) {
      expect(txIds.has(row.transaction_id), row.transaction_id).toBe(true);
      expect(persons.has(row.sender_person_id!)).toBe(true);
    }
    const leads = [...persons.values()].filter((p) => p.is_lead === '1');
    expect(leads.length).toBeGreaterThanOrEqual(3);
    expect(leads.every((p) => p.role === 'buyer')).toBe(true);
    const networks = rows(join(a, 'truth/networks.csv'));
    expect(networks.some(({ row }) => row.known === '0')).toBe(true);
  });

  it('lists every planted bad row by file, physical line and reason', async () => {
    const s = await writeSynthBundle({ out: bad, scale: 'tiny', seed: 7, badRows: true });
    const listed = rows(join(bad, 'truth/bad_rows.csv')).map(({ row }) => row);
    expect(listed.length).toBe(s.bad_rows);
    const reasons = new Set(listed.map((r) => r.reason));
    for (const r of [
      'unbalanced_quote',
      'wrong_column_count',
      'missing_required_field',
      'unparseable_timestamp',
      'naive_timestamp',
      'bad_ip',
      'non_numeric_amount',
      'unknown_country',
      'unknown_currency',
      'invalid_utf8',
    ])
      expect(reasons.has(r), r).toBe(true);
    for (const r of listed) {
      const bytes = readFileSync(join(bad, r.file!));
      const lines = bytes.toString('latin1').split('\n');
      const text = lines[Number(r.line) - 1] ?? '';
      if (r.reason === 'invalid_utf8') expect(text.includes('\u00c3('), `${r.file}:${r.line}`).toBe(true);
      else
        expect(
          text.includes('bad') ||
            text.includes('98') ||
            text.includes('99') ||
            /300\.|10\.0\.0|192\.168|last tuesday|soon|2017-13|2018-01-01T10:00:00|,UK,|XX|EURO|\+63917|,,no handle|fifty|1\.234|2020-04-05|05\/13|8\.8\.4\.4|2017-08-09/.test(
              text,
            ),
          `${r.file}:${r.line} ${text}`,
        ).toBe(true);
    }
    // the bundle apart from the planted rows is the same as without --bad-rows
    expect(readFileSync(join(bad, 'truth/persons.csv'))).toEqual(readFileSync(join(a, 'truth/persons.csv')));
  });
});
