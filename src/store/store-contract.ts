import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { sha256Hex } from '../core/hash.ts';
import type { KeyedRecord, MessageRecord, TransactionRecord } from '../core/records.ts';
import type { Store } from './store.ts';

/**
 * The Store contract as tests: every backend runs this same suite
 * (`runStoreContract(() => SqliteStore.open(':memory:'))`).
 */
export function runStoreContract(name: string, newStore: () => Store | Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await newStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const message = (i: number, body: string, extra: Partial<MessageRecord> = {}): KeyedRecord => ({
      key: sha256Hex(`m${i}`),
      line: i + 2,
      record: {
        kind: 'messages',
        message_id: `m${i}`,
        platform: 'skype',
        conversation_id: 'c1',
        sent_at: Date.UTC(2020, 0, 1) + i * 60_000,
        sent_at_text: 'x',
        sender: 'alice',
        recipients: ['bob'],
        body,
        attachments: [],
        ...extra,
      },
    });

    async function source(sha = 'a'.repeat(64)): Promise<{ run: number; src: number }> {
      const run = await store.startRun('test');
      const src = await store.registerSource(run, {
        path: 'messages.csv',
        sha256: sha,
        size: 10,
        kind: 'messages',
      });
      return { run, src };
    }

    it('gives the same source id to the same content', async () => {
      const a = await source();
      const b = await source();
      expect(b.src).toBe(a.src);
      const c = await source('b'.repeat(64));
      expect(c.src).not.toBe(a.src);
    });

    it('stores a batch, counts duplicates, and keeps quarantined rows once', async () => {
      const { src } = await source();
      const batch = [message(1, 'hello'), message(2, 'again'), message(1, 'hello')];
      const bad = [{ line: 9, raw: 'x,y', reason: 'wrong number of columns' }];
      expect(await store.writeBatch(src, 'messages', batch, bad)).toEqual({
        stored: 2,
        duplicates: 1,
        quarantined: 1,
      });
      expect(await store.writeBatch(src, 'messages', batch, bad)).toEqual({
        stored: 0,
        duplicates: 3,
        quarantined: 1,
      });
      expect(await store.quarantine()).toEqual([
        {
          file: 'messages.csv',
          file_sha256: 'a'.repeat(64),
          kind: 'messages',
          line: 9,
          raw: 'x,y',
          reason: 'wrong number of columns',
        },
      ]);
    });

    it('keeps two records whose keys share the first 64 bits', async () => {
      const { src } = await source();
      const a = message(1, 'first');
      const b = { ...message(2, 'second'), key: a.key.slice(0, 16) + 'f'.repeat(48) };
      expect(await store.writeBatch(src, 'messages', [a, b], [])).toEqual({
        stored: 2,
        duplicates: 0,
        quarantined: 0,
      });
      expect(await store.writeBatch(src, 'messages', [b, a], [])).toEqual({
        stored: 0,
        duplicates: 2,
        quarantined: 0,
      });
    });

    it('streams records back with provenance', async () => {
      const { src } = await source();
      const tx: KeyedRecord<TransactionRecord> = {
        key: sha256Hex('t1'),
        line: 4,
        record: {
          kind: 'transactions',
          transaction_id: '8273645512',
          provider: 'WU',
          sent_at: 0,
          sent_at_text: '0',
          amount: '50.00',
          currency: 'USD',
          sender_name: 'J Smith',
          sender_dob: null,
          sender_address: null,
          sender_city: null,
          sender_country: 'GB',
          sender_phone: null,
          sender_email: null,
          sender_account: null,
          receiver_name: null,
          receiver_city: null,
          receiver_country: 'PH',
          receiver_phone: null,
          receiver_account: null,
        },
      };
      await store.writeBatch(src, 'transactions', [tx], []);
      const rows = [];
      for await (const r of store.records('transactions')) rows.push(r);
      expect(rows).toEqual([
        expect.objectContaining({
          transaction_id: '8273645512',
          amount: '50.00',
          file_sha256: 'a'.repeat(64),
          line: 4,
        }),
      ]);
    });

    it('finds messages by words, phrases, identifiers as typed, and filters', async () => {
      const { src } = await source();
      await store.writeBatch(
        src,
        'messages',
        [
          message(1, 'write to john.smith77@mail.com after 9pm'),
          message(2, 'call me on +44 7700 900123 tonight'),
          message(3, 'sent 50 usd ref 8273645512 just now', {
            platform: 'viber',
            sender: 'carol',
            recipients: ['dave'],
          }),
          message(4, 'online tonight?'),
          message(5, 'john smith77 mail com is not the same text as typed'),
        ],
        [],
      );
      await store.finalizeIngest();
      const ids = async (text: string, f: object = {}): Promise<string[]> =>
        (await store.search({ text, limit: 10, ...f })).hits.map((h) => h.message_id).sort();
      expect(await ids('john.smith77@mail.com')).toEqual(['m1', 'm5']);
      expect(await ids('+44 7700 900123')).toEqual(['m2']);
      expect(await ids('8273645512')).toEqual(['m3']);
      expect(await ids('"online tonight"')).toEqual(['m4']);
      expect(await ids('tonight')).toEqual(['m2', 'm4']);
      expect(await ids('tonight NOT call')).toEqual(['m4']);
      expect(await ids('onl*')).toEqual(['m4']);
      expect(await ids('tonight OR usd')).toEqual(['m2', 'm3', 'm4']);
      expect(await ids('usd OR tonight', { platform: 'viber' })).toEqual(['m3']);
      expect(await ids('usd OR tonight', { account: 'dave' })).toEqual(['m3']);
      expect(await ids('tonight', { from: Date.UTC(2020, 0, 1, 0, 3) })).toEqual(['m4']);
      const hit = (await store.search({ text: '8273645512', limit: 1 })).hits[0]!;
      expect(hit).toMatchObject({
        platform: 'viber',
        sender: 'carol',
        recipients: ['dave'],
        source: { file_sha256: 'a'.repeat(64), line: 5 },
      });
    });

    it('caps the count of very common terms and then orders newest first', async () => {
      const { src } = await source();
      const many = Array.from({ length: 2500 }, (_, i) =>
        message(i, `common word ${i % 10 === 0 ? 'rare' : ''}`),
      );
      await store.writeBatch(src, 'messages', many, []);
      await store.finalizeIngest();
      const common = await store.search({ text: 'common', limit: 3 });
      expect(common.order).toBe('newest');
      expect(common.hits.map((h) => h.message_id)).toEqual(['m2499', 'm2498', 'm2497']);
      const rare = await store.search({ text: 'rare', limit: 3 });
      expect(rare.order).toBe('relevance');
      expect(rare.total).toBe(250);
    });

    it('counts what it holds', async () => {
      const { src } = await source();
      await store.writeBatch(
        src,
        'messages',
        [message(1, 'a'), message(2, 'b', { recipients: ['bob', 'erin'] })],
        [],
      );
      const s = await store.stats();
      expect(s.kinds.find((k) => k.kind === 'messages')).toEqual({
        kind: 'messages',
        count: 2,
        first: Date.UTC(2020, 0, 1, 0, 1),
        last: Date.UTC(2020, 0, 1, 0, 2),
      });
      expect(s.accounts).toBe(3);
      expect(s.platforms).toEqual([{ platform: 'skype', accounts: 3, messages: 2 }]);
    });

    it('notes each handle named by stored records once, per platform', async () => {
      const { src } = await source();
      const batch = [message(1, 'a'), message(2, 'b', { sender: 'carol', recipients: ['alice', 'dave'] })];
      await store.writeBatch(src, 'messages', batch, []);
      await store.writeBatch(src, 'messages', batch, []);
      const account: KeyedRecord = {
        key: sha256Hex('acct'),
        line: 2,
        record: {
          kind: 'accounts',
          platform: 'whatsapp',
          handle: 'alice',
          display_name: null,
          emails: [],
          phones: [],
          registered_at: null,
          registration_ip: null,
          role_hint: null,
        },
      };
      await store.writeBatch(src, 'accounts', [account], []);
      const s = await store.stats();
      expect(s.platforms).toEqual([
        { platform: 'skype', accounts: 4, messages: 2 },
        { platform: 'whatsapp', accounts: 1, messages: 0 },
      ]);
    });
  });
}
