import type { PackageInput } from '../package-input.ts';
import type { ReportWriter } from './report-writer.ts';

/** The case's source files behind the package, with SHA-256: what every source reference points at. */
export function drawSourcesSection(w: ReportWriter, input: PackageInput): void {
  w.newPage();
  w.doc.outline.addItem('Source files');
  w.heading('Source files', 2);
  w.para(
    'Every chat excerpt, payment and IP event above cites the SHA-256 of the seized file it was read from and its line. ' +
      'These are the files behind this package.',
    { size: 8.5, muted: true },
  );
  w.gap(4);
  if (input.sourceFiles.length === 0) return w.para('None recorded.', { muted: true });
  w.table(
    [
      { header: 'File', width: 38 },
      { header: 'SHA-256', width: 62, mono: true },
    ],
    input.sourceFiles.map((f) => [f.path, f.sha256]),
    7.5,
  );
}
