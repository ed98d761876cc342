import { pdfText } from './pdf-text.ts';
import type { Pdf } from './report-doc.ts';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'mono';

const FONTS: Record<FontStyle, string> = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  mono: 'Courier',
};

export interface Column {
  readonly header: string;
  /** Share of the content width. */
  readonly width: number;
  readonly mono?: boolean;
  readonly align?: 'left' | 'right';
}

const PAD = 3;
const INK = '#111111';
const MUTED = '#555555';
const RULE = '#bbbbbb';

/** Flowing layout on top of pdfkit: headings, paragraphs, label/value lists, tables that break across pages. */
export class ReportWriter {
  constructor(readonly doc: Pdf) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  gap(points = 6): void {
    this.doc.y += points;
  }

  font(style: FontStyle, size: number, color = INK): void {
    this.doc.font(FONTS[style]).fontSize(size).fillColor(color);
  }

  heading(text: string, level: 1 | 2 | 3 = 2): void {
    const size = level === 1 ? 18 : level === 2 ? 13 : 10.5;
    this.ensure(size * 3);
    if (level > 1) this.gap(level === 2 ? 8 : 6);
    this.font('bold', size);
    this.doc.text(pdfText(text), this.left, this.doc.y, { width: this.width });
    if (level === 2) {
      const y = this.doc.y + 1;
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
    }
    this.gap(level === 1 ? 6 : 3);
  }

  para(
    text: string,
    options: { style?: FontStyle; size?: number; muted?: boolean; indent?: number } = {},
  ): void {
    const indent = options.indent ?? 0;
    this.font(options.style ?? 'regular', options.size ?? 9.5, options.muted ? MUTED : INK);
    this.ensure(this.doc.currentLineHeight(true) + 2);
    this.doc.text(pdfText(text), this.left + indent, this.doc.y, { width: this.width - indent });
  }

  /** Label/value lines; values may hold several lines. Empty values print as '—'. */
  keyValues(rows: readonly (readonly [string, string])[], labelWidth = 110): void {
    for (const [label, value] of rows) {
      const shown = pdfText(value === '' ? '\u2014' : value);
      this.font('regular', 9.5);
      const h = this.doc.heightOfString(shown, { width: this.width - labelWidth });
      this.ensure(h + 2);
      const y = this.doc.y;
      this.font('bold', 9.5, MUTED);
      this.doc.text(pdfText(label), this.left, y, { width: labelWidth - 6 });
      this.font('regular', 9.5);
      this.doc.text(shown, this.left + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = Math.max(this.doc.y, y + h) + 2;
    }
  }

  /** A table with a shaded header row, repeated after every page break. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], size = 8): void {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const cellFont = (c: Column | undefined, header: boolean): void =>
      this.font(header ? 'bold' : c?.mono ? 'mono' : 'regular', size);
    const rowHeight = (cells: readonly string[], header: boolean): number =>
      Math.max(
        ...cells.map((cell, i) => {
          cellFont(columns[i], header);
          return this.doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * PAD });
        }),
      ) +
      2 * PAD;
    const drawRow = (cells: readonly string[], header: boolean): void => {
      const h = rowHeight(cells, header);
      const y = this.doc.y;
      if (header) this.doc.rect(this.left, y, this.width, h).fill('#e8e8e8');
      let x = this.left;
      cells.forEach((cell, i) => {
        cellFont(columns[i], header);
        this.doc.text(cell, x + PAD, y + PAD, {
          width: (widths[i] ?? 0) - 2 * PAD,
          align: columns[i]?.align ?? 'left',
        });
        x += widths[i] ?? 0;
      });
      this.doc
        .moveTo(this.left, y + h)
        .lineTo(this.left + this.width, y + h)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      this.doc.y = y + h;
    };
    const headerCells = columns.map((c) => pdfText(c.header));
    const headerHeight = rowHeight(headerCells, true);
    this.ensure(headerHeight * 2 + 4);
    drawRow(headerCells, true);
    for (const row of rows) {
      const cells = row.map(pdfText);
      if (this.doc.y + rowHeight(cells, false) > this.bottom) {
        this.newPage();
        drawRow(headerCells, true);
      }
      drawRow(cells, false);
    }
    this.doc.x = this.left;
    this.gap(4);
  }
}
