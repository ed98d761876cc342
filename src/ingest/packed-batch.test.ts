import { describe, expect, it } from 'vitest';
import type { KeyedRecord } from '../core/records.ts';
import { packBatch, unpackBatch } from './packed-batch.ts';
import type { Batch } from './read-batches.ts';

const message = (i: number, body: string): KeyedRecord => ({
  key: `k${i}`.padEnd(64, '0'),
  line: i + 2,
  record: {
    kind: 'messages',
    message_id: `m${i}`,
    platform: 'skype',
    conversation_id: 'c',
    sent_at: 1_600_000_000_123 + i,
    sent_at_text: '2020-09-13T12:26:40.123Z',
    sender: 'a',
    recipients: i % 2 === 0 ? ['b', 'c'] : [],
    body,
    attachments: [],
  },
});

describe('packed batches', () => {
  it('unpack to exactly the records packed: strings of any kind, numbers, nulls, lists', () => {
    const records = [
      message(0, 'plain'),
      message(1, ''),
      message(2, 'émoji 🙂, quotes "x", a\nnew line, \u0000 and ref 8273645512'),
    ];
    const account: KeyedRecord = {
      key: 'a'.repeat(64),
      line: 9,
      record: {
        kind: 'accounts',
        platform: 'skype',
        handle: 'h',
        display_name: null,
        emails: ['x@example.org'],
        phones: [],
        registered_at: null,
        registration_ip: '203.0.113.9',
        role_hint: null,
      },
    };
    const batch: Batch = { records, quarantined: [{ line: 7, raw: 'bad,row', reason: 'r' }], rowsRead: 4 };
    expect(unpackBatch(packBatch(batch)!)).toEqual(batch);
    const accounts: Batch = { records: [account], quarantined: [], rowsRead: 1 };
    expect(unpackBatch(packBatch(accounts)!)).toEqual(accounts);
    expect(unpackBatch(packBatch({ records: [], quarantined: [], rowsRead: 0 })!)).toEqual({
      records: [],
      quarantined: [],
      rowsRead: 0,
    });
  });

  it('declines a batch whose records lack a field of the first', () => {
    const { body: _body, ...rest } = message(1, 'x').record as { body: string };
    const odd = { ...message(1, 'x'), record: rest } as unknown as KeyedRecord;
    expect(packBatch({ records: [message(0, 'x'), odd], quarantined: [], rowsRead: 2 })).toBeNull();
  });
});
