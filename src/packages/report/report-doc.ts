import PDFDocument from 'pdfkit';

export type Pdf = PDFKit.PDFDocument;

export interface ReportDocOptions {
  readonly title: string;
  readonly subject: string;
  readonly producer: string;
  /** 16 bytes derived from the package content: the trailer /ID. */
  readonly fileId: Uint8Array;
}

/**
 * A PDF that is byte-for-byte reproducible. pdfkit 0.20 (lib/document.js) sets
 * `info.CreationDate = new Date()`, writes every enumerable key of `info` into the Info dictionary
 * at `end()`, derives the trailer /ID from an MD5 of the info in the constructor
 * (PDFSecurity.generateFileID) and, for every PDF version but 1.3, writes an XMP stream whose
 * CreateDate reads `info.CreationDate`. So by default two builds always differ. Here:
 * - PDF 1.3, so no XMP metadata stream is written;
 * - CreationDate is made non-enumerable (the Info dictionary is written with `for…in`, so it
 *   leaves the date out; the value is the epoch only to keep pdfkit's code paths from failing);
 * - `_id`, read only when the trailer is written, is replaced with bytes derived from the content;
 * - only the 14 standard fonts are used, so no font subset with a generated tag is embedded;
 * - streams are not compressed: Node's zlib is Chromium's fork, whose deflate may pick a
 *   CPU-dependent hash, so compressed bytes could differ between two machines. Uncompressed, a
 *   report is about 40 KB per lead (200 leads: 8 MB in all), and identical everywhere.
 */
export function renderPdf(options: ReportDocOptions, draw: (doc: Pdf) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 62, bottom: 56, left: 50, right: 50 },
    bufferPages: true,
    autoFirstPage: false,
    compress: false,
    pdfVersion: '1.3',
    info: { Title: options.title, Subject: options.subject, Producer: options.producer, Creator: 'Vigil' },
  });
  Object.defineProperty(doc.info, 'CreationDate', { value: new Date(0), enumerable: false, writable: true });
  (doc as unknown as { _id: Uint8Array })._id = options.fileId;
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}
