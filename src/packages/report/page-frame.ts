import type { Markings, Tlp } from '../package-input.ts';
import { pdfText } from './pdf-text.ts';
import type { Pdf } from './report-doc.ts';

/** TLP 2.0 colours (FIRST): coloured text on black. */
const TLP_COLOUR: Record<Tlp, string> = {
  CLEAR: '#FFFFFF',
  GREEN: '#33FF00',
  AMBER: '#FFC000',
  'AMBER+STRICT': '#FFC000',
  RED: '#FF2B2B',
};

function badge(doc: Pdf, x: number, y: number, text: string, colour: string): number {
  doc.font('Helvetica-Bold').fontSize(9);
  const w = doc.widthOfString(text) + 12;
  doc.rect(x, y, w, 15).fill('#000000');
  doc.fillColor(colour).text(text, x + 6, y + 3.5, { lineBreak: false });
  return w;
}

/**
 * Stamps the package markings into the header and footer of every buffered page, with page
 * numbers. Runs after the content, so the page count is known.
 */
export function stampPages(doc: Pdf, markings: Markings, title: string, footer: string): void {
  const range = doc.bufferedPageRange();
  const tlp = `TLP:${markings.tlp}`;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const page = doc.page;
    const bottom = page.margins.bottom;
    page.margins.bottom = 0; // writing below the margin would otherwise start a new page
    const left = page.margins.left;
    const right = page.width - page.margins.right;
    const top = 22;
    const w = badge(doc, left, top, tlp, TLP_COLOUR[markings.tlp]);
    badge(doc, left + w + 6, top, markings.handling_code, '#FFFFFF');
    doc.font('Helvetica').fontSize(8).fillColor('#333333');
    const shown = pdfText(title);
    doc.text(shown, right - 330, top + 4, {
      width: 330,
      align: 'right',
      lineBreak: false,
      height: 10,
      ellipsis: true,
    });
    doc
      .moveTo(left, top + 21)
      .lineTo(right, top + 21)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();

    const fy = page.height - 38;
    doc
      .moveTo(left, fy - 5)
      .lineTo(right, fy - 5)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.font('Helvetica-Bold').fontSize(7.5).fillColor('#000000');
    doc.text(`${tlp}  \u00b7  Handling code ${markings.handling_code}`, left, fy, { lineBreak: false });
    doc.font('Helvetica').fontSize(7.5).fillColor('#333333');
    doc.text(pdfText(footer), left, fy + 10, {
      lineBreak: false,
      width: right - left - 80,
      height: 10,
      ellipsis: true,
    });
    doc.text(`Page ${i + 1 - range.start} of ${range.count}`, right - 80, fy, {
      width: 80,
      align: 'right',
      lineBreak: false,
    });
    page.margins.bottom = bottom;
  }
}
