import type { MediaIngestReport } from './ingest-media.ts';

/** The media part of `vigil ingest`'s printed report, a few lines. */
export function mediaReportLines(r: MediaIngestReport): string[] {
  const h = r.hashed;
  const lines = [
    `media: ${h.files} files hashed (${h.images} images, ${h.videos} videos, ${h.other} other)` +
      (r.skipped > 0 ? `, ${r.skipped} already in the case` : '') +
      ` in ${r.seconds} s; the case holds ${r.case_files}`,
  ];
  if (h.notDecoded > 0)
    lines.push(
      `media: ${h.notDecoded} could not be decoded: ${Object.entries(h.byReason)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} (digests kept)`,
    );
  lines.push(
    `media: ${r.lists.entries} known hashes; ${r.matched} media match a list` +
      (r.known_good > 0 ? `, ${r.known_good} known-good` : '') +
      `; ${r.stacks} near-duplicate stacks; ${r.links.links} links to accounts` +
      (r.links.unresolved > 0 ? `; ${r.links.unresolved} references name no media file` : ''),
  );
  for (const f of r.lists.files)
    if (f.error) lines.push(`media: list ${f.file} could not be read: ${f.error}`);
  return lines;
}
