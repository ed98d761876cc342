import type { SourceRow } from './csv-records.ts';

/** Turns JSONL text into rows: one JSON object a line, field names matched like CSV headers. */
export class JsonlRecordReader {
  private buf = '';
  private line = 0;

  push(chunk: string): SourceRow[] {
    this.buf += chunk;
    const out: SourceRow[] = [];
    let pos = 0;
    for (;;) {
      const nl = this.buf.indexOf('\n', pos);
      if (nl === -1) break;
      this.take(this.buf.slice(pos, nl), out);
      pos = nl + 1;
    }
    this.buf = this.buf.slice(pos);
    return out;
  }

  end(): SourceRow[] {
    const out: SourceRow[] = [];
    if (this.buf.length > 0) this.take(this.buf, out);
    this.buf = '';
    return out;
  }

  private take(text: string, out: SourceRow[]): void {
    this.line++;
    let raw = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (this.line === 1) raw = raw.replace(/^\uFEFF/, '');
    if (raw.trim() === '') return;
    if (raw.includes('\uFFFD'))
      return void out.push({ ok: false, line: this.line, raw, reason: 'invalid UTF-8' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return void out.push({ ok: false, line: this.line, raw, reason: `invalid JSON: ${why}` });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      return void out.push({
        ok: false,
        line: this.line,
        raw,
        reason: 'invalid JSON: a line must hold one object',
      });
    const values = new Map<string, unknown>();
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>))
      values.set(k.trim().toLowerCase(), v);
    out.push({ ok: true, line: this.line, raw, values });
  }
}
