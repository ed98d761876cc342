import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A planted bad row: where it is and what the quarantine must say about it. */
export interface PlantedRow {
  readonly file: string;
  readonly line: number;
  readonly reason: RegExp;
}

export interface PlantedBundle {
  readonly dir: string;
  readonly bad: readonly PlantedRow[];
  /** Good data rows per file. */
  readonly good: Readonly<Record<string, number>>;
  readonly skipped: readonly string[];
}

/** Builds lines of a file while remembering which line each planted row landed on. */
class FileBuilder {
  readonly lines: (string | Buffer)[] = [];
  readonly bad: PlantedRow[] = [];
  good = 0;
  constructor(readonly name: string) {}
  header(h: string): this {
    this.lines.push(h);
    return this;
  }
  ok(...rows: string[]): this {
    this.lines.push(...rows);
    this.good += rows.length;
    return this;
  }
  plant(row: string | Buffer, reason: RegExp): this {
    this.lines.push(row);
    this.bad.push({ file: this.name, line: this.lines.length, reason });
    return this;
  }
  bytes(): Buffer {
    return Buffer.concat(this.lines.map((l) => Buffer.concat([Buffer.from(l), Buffer.from('\n')])));
  }
}

/**
 * A small bundle with good rows of every kind and a bad row of every kind ingest must quarantine.
 * Neutral synthetic content only.
 */
export function writePlantedBundle(dir: string, goodMessages = 50): PlantedBundle {
  mkdirSync(join(dir, 'hashlists'), { recursive: true });
  mkdirSync(join(dir, 'truth'), { recursive: true });
  mkdirSync(join(dir, 'media'), { recursive: true });

  const m = new FileBuilder('messages.csv').header(
    'message_id,platform,conversation_id,sent_at,sender,recipients,body,attachments',
  );
  for (let i = 0; i < goodMessages; i++) {
    const t = new Date(Date.UTC(2019, 2, 1, 8, 0) + i * 3_600_000).toISOString();
    m.ok(
      `m${i},skype,c${i % 5},${t},buyer_${i % 7},seller_${i % 3},"online tonight ${i}pm? sent ref ${8273645500 + i}",`,
    );
  }
  m.plant('bad1,skype,c1,2019-03-04T21:18:00Z,buyer_1,seller_1,"the quote never closes,', /unbalanced quote/)
    .ok('m-after-quote,skype,c1,2019-03-04T21:19:00Z,buyer_1,seller_1,"see you at the mall at 3",')
    .plant('bad2,skype,c1,2019-03-04T21:18:00Z,buyer_1,seller_1,too,many,columns', /wrong number of columns/)
    .plant('bad3,skype,c1,2019-03-04T21:18:00Z,,seller_1,no sender,', /missing required field sender/)
    .plant('bad4,skype,c1,last tuesday,buyer_1,seller_1,when?,', /unparseable timestamp/)
    .plant('bad5,skype,c1,2019-03-04 21:18:00,buyer_1,seller_1,no zone,', /no UTC offset/)
    .plant(
      Buffer.concat([
        Buffer.from('bad6,skype,c1,2019-03-04T21:18:00Z,buyer_1,seller_1,caf'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(','),
      ]),
      /invalid UTF-8/,
    )
    .plant('bad7,skype,c1,2019-03-04T21:18:00Z,buyer_1,,no recipients,', /missing required field recipients/);

  const j = new FileBuilder('messages-export.jsonl');
  j.ok(
    JSON.stringify({
      platform: 'whatsapp',
      sent_at: 1551734100,
      sender: 'Buyer_X',
      recipients: ['seller_a', 'seller_b'],
      body: 'my email is john.smith77@mail.com',
    }),
    JSON.stringify({
      platform: 'whatsapp',
      sent_at: '2019-03-05T10:00:00+01:00',
      sender: 'buyer_x',
      recipients: 'seller_a',
      body: 'call +44 7700 900123 tomorrow',
    }),
  ).plant('{"platform": "whatsapp", "sent_at": ', /invalid JSON/);

  const a = new FileBuilder('accounts.csv').header(
    'platform,handle,display_name,emails,phones,registered_at,registration_ip,role_hint',
  );
  a.ok(
    'skype,seller_1,Shop One,shop1@mail.ph;alt1@mail.ph,+639171234567,2015-01-01T00:00:00Z,203.0.113.5,seller',
    'skype,buyer_1,B. One,buyer1@mail.de,+49 30 1234567,2016-05-01T10:00:00+02:00,2001:db8::1,',
  )
    .plant('skype,buyer_2,B Two,,,2016-05-01T10:00:00Z,999.1.1.1,', /not an IPv4 or IPv6 address/)
    .plant('skype,buyer_3,B Three,,,,,boss', /role_hint/);

  const t = new FileBuilder('transactions.csv').header(
    'transaction_id,provider,sent_at,amount,currency,sender_name,sender_dob,sender_address,sender_city,sender_country,sender_phone,sender_email,sender_account,receiver_name,receiver_city,receiver_country,receiver_phone,receiver_account',
  );
  t.ok(
    '8273645512,WU,2019-03-04T21:30:00Z,50.00,USD,John Smith,1970-01-02,1 Main St,Leeds,GB,,,,Ana Cruz,Cebu,PH,,',
    '8273645513,WU,2019-03-11T21:30:00Z,75,EUR,Jon Smith,,,,DE,,,,Ana Cruz,Cebu,PH,,',
  )
    .plant(
      '8273645514,WU,2019-03-12T21:30:00Z,fifty,USD,John Smith,,,,GB,,,,Ana Cruz,Cebu,PH,,',
      /not a decimal/,
    )
    .plant('8273645515,WU,2019-03-13T21:30:00Z,50,USD,John Smith,,,,XX,,,,Ana Cruz,Cebu,PH,,', /country code/)
    .plant(
      '8273645516,WU,2019-03-14T21:30:00Z,50,ZZZ,John Smith,,,,GB,,,,Ana Cruz,Cebu,PH,,',
      /currency code/,
    );

  const ip = new FileBuilder('ip_events.csv').header('platform,handle,ip,port,seen_at,event');
  ip.ok(
    'skype,buyer_1,198.51.100.7,51234,2019-03-04T21:00:00Z,login',
    'skype,buyer_1,2001:db8::7,,2019-03-05T21:00:00Z,login',
  )
    .plant('skype,buyer_1,300.1.2.3,,2019-03-05T21:00:00Z,login', /not an IPv4 or IPv6 address/)
    .plant('skype,buyer_1,198.51.100.7,70000,2019-03-05T21:00:00Z,login', /port/);

  const loc = new FileBuilder('locations.csv').header(
    'platform,handle,observed_at,lat,lon,accuracy_m,source',
  );
  loc
    .ok('skype,seller_1,2019-03-04T21:00:00Z,10.3157,123.8854,25,gps')
    .plant('skype,seller_1,2019-03-04T21:00:00Z,100.5,123.8,25,gps', /lat/);

  const media = new FileBuilder('media.csv').header('file,platform,sender,recipients,sent_at');
  media
    .ok('img/0001.jpg,skype,seller_1,buyer_1,2019-03-04T21:00:00Z')
    .plant(',skype,seller_1,buyer_1,', /missing required field file/);

  const hl = new FileBuilder('hashlists/known.csv').header('md5,sha1,sha256,pdq,category,list');
  hl.ok(`${'a'.repeat(32)},,,,1,demo-list`).plant(`${'g'.repeat(32)},,,,1,demo-list`, /hex digits/);

  const files = [m, j, a, t, ip, loc, media, hl];
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes());
  writeFileSync(join(dir, 'truth', 'persons.csv'), 'person_id,role,country,is_lead\n');
  writeFileSync(join(dir, 'notes.docx'), 'not a bundle file');
  writeFileSync(join(dir, 'media', '0001.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
  return {
    dir,
    bad: files.flatMap((f) => f.bad),
    good: Object.fromEntries(files.map((f) => [f.name, f.good])),
    skipped: ['notes.docx', 'truth/persons.csv', 'media/'],
  };
}

/** Gzips a file of the bundle (optionally cut short, as a truncated copy would be). */
export function gzipped(content: Buffer, truncateTo?: number): Buffer {
  const gz = gzipSync(content);
  return truncateTo === undefined ? gz : gz.subarray(0, truncateTo);
}
