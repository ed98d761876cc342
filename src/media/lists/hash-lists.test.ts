import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseHashListCsv } from './hash-list-csv.ts';
import { KnownHashMatcher } from './known-hash-matcher.ts';
import { loadHashList } from './load-hash-list.ts';
import { parseMd5sumList } from './md5sum-list.ts';
import { readNsrlRdsV3 } from './nsrl-rdsv3.ts';
import { parseCsv } from './parse-csv.ts';
import { parseVicsJson } from './vics-json.ts';
import { tempDir } from '../testing/temp-dir.ts';

const MD5 = '0123456789abcdef0123456789abcdef';
const SHA1 = '0123456789abcdef0123456789abcdef01234567';
const SHA256 = 'ab'.repeat(32);
const PDQ = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';
const dir = tempDir('vigil-lists-');

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, newlines in fields, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","he said ""hi""\nthen left"\n\n1,\n').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"\nthen left'],
      ['1', ''],
    ]);
  });
  it('gives the same rows whatever chunk the text was cut at when re-joined', () => {
    const text = 'md5,category\n"a,b",1\nc,"2\n3"\n';
    const whole = parseCsv(text);
    for (let i = 0; i <= text.length; i++) expect(parseCsv(text.slice(0, i) + text.slice(i))).toEqual(whole);
  });
});

describe('bundle CSV hash lists', () => {
  it('keeps categories and list names, rejects rows without a good hash', () => {
    const csv = `MD5,sha1,SHA256,pdq,category,list\n${MD5.toUpperCase()},,,,A1,interpol\n,,${SHA256},${PDQ},B,\n,,,,A1,x\nzz,,,,A1,x\n`;
    const r = parseHashListCsv(csv, 'case-list');
    expect(r.entries).toEqual([
      { md5: MD5, category: 'A1', list: 'interpol' },
      { sha256: SHA256, pdq: PDQ, category: 'B', list: 'case-list' },
    ]);
    expect(r.rejected.map((x) => [x.line, x.reason])).toEqual([
      [4, 'no hash'],
      [5, 'md5 is not 32 hex digits'],
    ]);
  });
});

describe('md5sum-style lists', () => {
  it('reads GNU, BSD and bare forms, any of the three digests', () => {
    const text = `# comment\n${MD5}  a.jpg\n${SHA1} *b.jpg\nSHA256 (c.jpg) = ${SHA256}\n${MD5}\nnot a hash\n`;
    const r = parseMd5sumList(text, 'seized', 'unknown');
    expect(r.entries).toEqual([
      { list: 'seized', md5: MD5, category: 'unknown' },
      { list: 'seized', sha1: SHA1, category: 'unknown' },
      { list: 'seized', sha256: SHA256, category: 'unknown' },
      { list: 'seized', md5: MD5, category: 'unknown' },
    ]);
    expect(r.rejected).toHaveLength(1);
  });
});

describe('Project VIC VICS JSON', () => {
  it('reads 2.0 (media in value) with categories and extra hashes', () => {
    const doc = {
      '@odata.context':
        'http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media',
      value: [
        {
          MediaID: 1,
          Category: 1,
          MD5: MD5.toUpperCase(),
          SHA1: SHA1.toUpperCase(),
          MediaSize: 2835,
          IsPrecategorized: 'true',
        },
        {
          MediaID: 2,
          Category: 2,
          Hashes: [
            { HashName: 'SHA256', HashValue: SHA256 },
            { HashName: 'PDQ', HashValue: PDQ },
          ],
        },
        { MediaID: 3, Category: 0 },
      ],
    };
    const r = parseVicsJson(JSON.stringify(doc), 'projectvic');
    expect(r.entries).toEqual([
      { list: 'projectvic', md5: MD5, sha1: SHA1, category: '1' },
      { list: 'projectvic', sha256: SHA256, pdq: PDQ, category: '2' },
    ]);
    expect(r.rejected).toHaveLength(1);
  });

  it('reads 1.x (cases holding Media)', () => {
    const doc = {
      'odata.metadata': 'http://github.com/ICMEC/ProjectVic/DataModels/1.2.xml/CUSTOM/$metadata#Cases',
      value: [
        {
          CaseID: 1,
          CaseNumber: 'X-1',
          Media: [{ MediaID: 10, Category: 3, MD5: MD5, MediaFiles: [{ FileName: 'a.jpg' }] }],
        },
      ],
    };
    expect(parseVicsJson(JSON.stringify(doc), 'v1').entries).toEqual([
      { list: 'v1', md5: MD5, category: '3' },
    ]);
  });

  it('records broken JSON as a rejection, not a throw', () => {
    expect(parseVicsJson('{"value": [', 'x').rejected).toHaveLength(1);
  });
});

describe('NSRL RDSv3', () => {
  it('reads known-good hashes from the FILE table', async () => {
    const path = join(dir, 'RDS_mini.db');
    const db = new Database(path);
    db.exec(`CREATE TABLE FILE (sha256 VARCHAR NOT NULL, sha1 VARCHAR NOT NULL, md5 VARCHAR NOT NULL, file_name VARCHAR NOT NULL,
               file_size INTEGER NOT NULL, package_id INTEGER NOT NULL,
               CONSTRAINT PK_FILE__FILE PRIMARY KEY (sha256, sha1, md5, file_name, file_size, package_id));
             CREATE TABLE PKG (package_id INTEGER NOT NULL, name VARCHAR NOT NULL);
             CREATE VIEW DISTINCT_HASH AS SELECT DISTINCT sha256, sha1, md5 FROM FILE;`);
    const ins = db.prepare('INSERT INTO FILE VALUES (?, ?, ?, ?, ?, ?)');
    ins.run(SHA256.toUpperCase(), SHA1.toUpperCase(), MD5.toUpperCase(), 'logo.png', 1234, 1);
    ins.run(SHA256.toUpperCase(), SHA1.toUpperCase(), MD5.toUpperCase(), 'logo-copy.png', 1234, 2);
    db.close();
    const r = readNsrlRdsV3(path);
    expect(r.entries).toEqual([
      { list: 'NSRL', knownGood: true, category: 'known-good', sha256: SHA256, sha1: SHA1, md5: MD5 },
    ]);
    const loaded = await loadHashList(path);
    expect(loaded.format).toBe('nsrl');
    expect(loaded.entries).toHaveLength(1);
  });

  it('rejects a file that is not SQLite', () => {
    const path = join(dir, 'not.db');
    writeFileSync(path, 'hello');
    expect(readNsrlRdsV3(path).rejected).toHaveLength(1);
  });
});

describe('loadHashList', () => {
  it('sniffs formats by content and extension', async () => {
    writeFileSync(join(dir, 'list.csv'), `md5,category\n${MD5},A1\n`);
    writeFileSync(join(dir, 'vics.json'), JSON.stringify({ value: [{ MediaID: 1, MD5, Category: 1 }] }));
    writeFileSync(join(dir, 'hashes.txt'), `${MD5}  a.jpg\n`);
    expect((await loadHashList(join(dir, 'list.csv'))).entries).toEqual([
      { list: 'list', md5: MD5, category: 'A1' },
    ]);
    expect((await loadHashList(join(dir, 'vics.json'))).format).toBe('vics');
    expect((await loadHashList(join(dir, 'hashes.txt'))).format).toBe('md5sum');
  });
});

describe('KnownHashMatcher', () => {
  const entries = [
    { list: 'a', md5: MD5, category: '1' },
    { list: 'b', sha256: SHA256, category: '2' },
    { list: 'c', pdq: PDQ, category: '1' },
    { list: 'nsrl', sha1: SHA1, knownGood: true },
  ];
  const m = new KnownHashMatcher(entries);
  it('matches exact digests case-insensitively', () => {
    expect(m.match({ md5: MD5.toUpperCase() }).map((x) => [x.entry.list, x.by])).toEqual([['a', 'md5']]);
    expect(m.match({ sha1: SHA1 })[0]?.entry.knownGood).toBe(true);
  });
  it('matches PDQ within the distance only with enough quality', () => {
    const near = 'e8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';
    expect(m.match({ pdq: near, quality: 80 })).toEqual([
      { entry: entries[2], by: 'pdq', distance: 2, orientation: 'original' },
    ]);
    expect(m.match({ pdq: near, quality: 49 })).toEqual([]);
    expect(new KnownHashMatcher(entries, { pdqDistance: 1 }).match({ pdq: near, quality: 80 })).toEqual([]);
  });
});

describe('loadHashListDir', () => {
  it("reads every list in a bundle's hashlists folder and reports each file", async () => {
    const { loadHashListDir } = await import('./load-hash-list-dir.ts');
    const hl = tempDir('vigil-hashlists-');
    writeFileSync(join(hl, 'a.csv'), `md5,category,list\n${MD5},A1,x\nbad,A1,x\n`);
    writeFileSync(join(hl, 'b.json'), JSON.stringify({ value: [{ MediaID: 1, SHA1, Category: 2 }] }));
    const r = await loadHashListDir(hl);
    expect(r.entries).toHaveLength(2);
    expect(r.files.map((f) => [f.file, f.format, f.entries, f.rejected.length])).toEqual([
      ['a.csv', 'csv', 1, 1],
      ['b.json', 'vics', 1, 0],
    ]);
    expect(await loadHashListDir(join(hl, 'missing'))).toEqual({ entries: [], files: [] });
  });
});
