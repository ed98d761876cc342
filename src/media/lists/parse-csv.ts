/**
 * RFC 4180 rows from text: quoted fields may hold commas, doubled quotes and newlines;
 * a leading byte-order mark is dropped. Each row carries the line it started on.
 */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = '';
  let rowLine = 1;
  let quoted = false;
  let any = false;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      any = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      any = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (any || field !== '') {
        fields.push(field);
        rows.push({ line: rowLine, fields });
      }
      fields = [];
      field = '';
      any = false;
      line++;
      rowLine = line;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || field !== '') {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}
