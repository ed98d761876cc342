import { createHash } from 'node:crypto';
import type { EffectiveMarkings } from '../markings.ts';
import type { PackageInput } from '../package-input.ts';
import { drawCoverPage } from './cover-page.ts';
import { drawLeadSection } from './lead-section.ts';
import { drawNetworkSection } from './network-section.ts';
import { stampPages } from './page-frame.ts';
import { drawSourcesSection } from './sources-section.ts';
import { renderPdf } from './report-doc.ts';
import { ReportWriter } from './report-writer.ts';
import { drawSummaryTable } from './summary-table.ts';

/**
 * report.pdf: cover, summary table, one section per lead and per network, the source files, the package markings
 * in the header and footer of every page. `input` must be canonical (canonicalInput).
 */
export function buildReport(input: PackageInput, markings: EffectiveMarkings): Promise<Buffer> {
  const fileId = createHash('sha256')
    .update(JSON.stringify([input, markings]))
    .digest()
    .subarray(0, 16);
  const title = `${input.case.operation} \u00b7 information package for ${input.country}`;
  return renderPdf(
    {
      title,
      subject: `Leads for ${input.recipientAuthority}`,
      producer: `Vigil ${input.vigilVersion}`,
      fileId,
    },
    (doc) => {
      const w = new ReportWriter(doc);
      drawCoverPage(w, input, markings);
      drawSummaryTable(w, input);
      for (const lead of input.leads) drawLeadSection(w, lead);
      for (const network of input.networks ?? []) drawNetworkSection(w, network);
      drawSourcesSection(w, input);
      stampPages(
        doc,
        markings,
        title,
        `${input.case.name} (${input.case.id}) \u00b7 for ${input.recipientAuthority} \u00b7 Vigil ${input.vigilVersion}`,
      );
    },
  );
}
