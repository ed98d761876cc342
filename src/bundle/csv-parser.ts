/**
 * A push-based RFC 4180 parser: feed it text chunks, get whole rows back. It knows nothing of
 * files or streams. Each row keeps its physical line span and raw text so a bad row can be
 * quarantined exactly as it was written.
 */
export interface CsvRow {
  readonly fields: string[];
  /** 1-based physical line the row starts on, and the line it ends on. */
  readonly startLine: number;
  readonly endLine: number;
  readonly raw: string;
  /** A quoted field was still open at the end of input. */
  readonly unterminated: boolean;
  /** Text stood between a closing quote and the next separator (`"a"b,`). */
  readonly strayQuote: boolean;
}

export class CsvParser {
  private buf = '';
  private line = 1;

  /** Feeds a chunk; returns the rows it completed. */
  push(chunk: string): CsvRow[] {
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    return this.drain(false);
  }

  /** Ends input; returns the last row if any. */
  end(): CsvRow[] {
    return this.drain(true);
  }

  private drain(final: boolean): CsvRow[] {
    const rows: CsvRow[] = [];
    const buf = this.buf;
    let pos = 0;
    for (;;) {
      if (pos >= buf.length) break;
      const nl = buf.indexOf('\n', pos);
      // Fast path: the next physical line has no quote at all.
      const lineEnd = nl === -1 ? buf.length : nl;
      const q = buf.indexOf('"', pos);
      if (q === -1 || q > lineEnd) {
        if (nl === -1 && !final) break;
        let text = buf.slice(pos, lineEnd);
        if (text.endsWith('\r')) text = text.slice(0, -1);
        rows.push({
          fields: text.split(','),
          startLine: this.line,
          endLine: this.line,
          raw: text,
          unterminated: false,
          strayQuote: false,
        });
        this.line++;
        pos = nl === -1 ? buf.length : nl + 1;
        continue;
      }
      const row = this.parseQuoted(buf, pos, final);
      if (row === null) break;
      rows.push(row.row);
      pos = row.next;
    }
    this.buf = pos >= buf.length ? '' : buf.slice(pos);
    return rows.filter((r) => !(r.raw === '' && r.fields.length === 1));
  }

  /** Parses one row that contains quotes; null when the row is not complete yet. */
  private parseQuoted(buf: string, start: number, final: boolean): { row: CsvRow; next: number } | null {
    const fields: string[] = [];
    let i = start;
    let lines = 0;
    let strayQuote = false;
    const n = buf.length;
    for (;;) {
      let field = '';
      let quoted = false;
      if (i < n && buf.charCodeAt(i) === 34 /* " */) {
        // quoted field: copy runs between quotes; a doubled quote is one quote
        quoted = true;
        i++;
        for (;;) {
          const q = buf.indexOf('"', i);
          if (q === -1) {
            if (!final) return null;
            field += buf.slice(i);
            lines += countNewlines(buf, i, n);
            return this.finish(buf, start, n, fields, field, lines, true, strayQuote);
          }
          lines += countNewlines(buf, i, q);
          field += buf.slice(i, q);
          if (q + 1 >= n && !final) return null;
          if (buf.charCodeAt(q + 1) === 34) {
            field += '"';
            i = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
      }
      // unquoted field, or text after a closing quote (which is an error)
      let end = i;
      while (end < n) {
        const c = buf.charCodeAt(end);
        if (c === 44 /* , */ || c === 10 /* \n */) break;
        end++;
      }
      if (end >= n && !final) return null;
      let text = buf.slice(i, end);
      if (text.endsWith('\r') && (end >= n || buf.charCodeAt(end) === 10)) text = text.slice(0, -1);
      if (quoted && text.length > 0) strayQuote = true;
      field += text;
      i = end;
      if (i >= n) return this.finish(buf, start, n, fields, field, lines, false, strayQuote);
      fields.push(field);
      if (buf.charCodeAt(i) === 10) {
        const raw = trimCr(buf.slice(start, i));
        const row = this.makeRow(fields, raw, lines, false, strayQuote);
        return { row, next: i + 1 };
      }
      i++; // past the comma
    }
  }

  private finish(
    buf: string,
    start: number,
    end: number,
    fields: string[],
    field: string,
    lines: number,
    unterminated: boolean,
    strayQuote: boolean,
  ): { row: CsvRow; next: number } {
    fields.push(field);
    return {
      row: this.makeRow(fields, trimCr(buf.slice(start, end)), lines, unterminated, strayQuote),
      next: end,
    };
  }

  private makeRow(
    fields: string[],
    raw: string,
    lines: number,
    unterminated: boolean,
    strayQuote: boolean,
  ): CsvRow {
    const row: CsvRow = {
      fields,
      startLine: this.line,
      endLine: this.line + lines,
      raw,
      unterminated,
      strayQuote,
    };
    this.line += lines + 1;
    return row;
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) count++;
  return count;
}

function trimCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}
