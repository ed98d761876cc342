/**
 * RFC 4180 output: fields quoted only when they must be (comma, quote, CR or LF), quotes doubled,
 * CRLF-free LF line ends. `CsvFile` writes through a stream with back-pressure and counts
 * physical lines, so planted bad rows can be listed by the line a reader will report.
 */
import { createWriteStream, type WriteStream } from 'node:fs';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(v: string): string {
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(fields: readonly string[]): string {
  let s = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) s += ',';
    s += csvField(fields[i] ?? '');
  }
  return `${s}\n`;
}

function newlines(s: string): number {
  let n = 0;
  let i = s.indexOf('\n');
  while (i !== -1) {
    n++;
    i = s.indexOf('\n', i + 1);
  }
  return n;
}

const FLUSH_AT = 1 << 20;

export class CsvFile {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private bufferedChars = 0;
  /** Physical lines written so far (the header included). */
  lines = 0;
  rows = 0;

  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(path, { highWaterMark: FLUSH_AT });
    this.buffer.push(csvLine(header));
    this.lines = 1;
  }

  /** Appends a ready CSV line (ending in LF); returns the 1-based physical line it starts on. */
  pushLine(line: string): number {
    const at = this.lines + 1;
    this.lines += newlines(line);
    this.rows++;
    this.buffer.push(line);
    this.bufferedChars += line.length;
    return at;
  }

  push(fields: readonly string[]): number {
    return this.pushLine(csvLine(fields));
  }

  /** Raw bytes (for planted invalid UTF-8); returns the line it starts on. */
  pushBytes(bytes: Buffer): number {
    const at = this.lines + 1;
    this.flushBuffer();
    let n = 0;
    for (const b of bytes) if (b === 10) n++;
    this.lines += n;
    this.rows++;
    this.stream.write(bytes);
    return at;
  }

  get pending(): boolean {
    return this.bufferedChars >= FLUSH_AT;
  }

  private flushBuffer(): boolean {
    if (this.buffer.length === 0) return true;
    const ok = this.stream.write(this.buffer.join(''));
    this.buffer = [];
    this.bufferedChars = 0;
    return ok;
  }

  /** Writes what is buffered, waiting for the stream to drain when it asks to. */
  async flush(): Promise<void> {
    if (!this.flushBuffer()) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(resolve);
    });
  }
}
