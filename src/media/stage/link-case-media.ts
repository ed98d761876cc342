import type { MediaLinkRecord } from '../../core/records.ts';
import type { MediaAccountLink, StoredMediaFile } from '../../store/media.ts';
import type { Store } from '../../store/store.ts';
import { MediaCatalog } from '../links/media-catalog.ts';

export interface LinkReport {
  readonly links: number;
  /** References (`media*.csv` files, message attachments) that name no stored media. */
  readonly unresolved: number;
  readonly unresolvedExamples: readonly string[];
}

/** platform → handles known from subscriber records, to place a `media*.csv` row without a platform. */
async function platformsByHandle(store: Store): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for await (const a of store.records('accounts')) {
    const h = a.handle as string;
    const list = out.get(h) ?? out.set(h, []).get(h)!;
    if (!list.includes(a.platform as string)) list.push(a.platform as string);
  }
  return out;
}

/**
 * Ties the case's media to accounts, conversations and messages: every `media*.csv` row (sender
 * sent it, each recipient received it) and every message attachment (path, unambiguous file name
 * or SHA-256) is resolved to a stored file; the links are replaced as a whole, each with the
 * provenance of the row that names the file.
 */
export async function linkCaseMedia(store: Store, files: readonly StoredMediaFile[]): Promise<LinkReport> {
  const catalog = new MediaCatalog(
    files.filter((f) => f.sha256).map((f) => ({ file: f.path, sha256: f.sha256 })),
  );
  const links: MediaAccountLink[] = [];
  let unresolved = 0;
  const examples: string[] = [];
  const miss = (ref: string): void => {
    unresolved++;
    if (examples.length < 10) examples.push(ref);
  };
  const byHandle = await platformsByHandle(store);
  for await (const row of store.records('media_links')) {
    const r = row as unknown as MediaLinkRecord & { file_sha256: string; line: number };
    const hit = catalog.resolve(r.file);
    if (!hit) {
      miss(r.file);
      continue;
    }
    const recipients =
      typeof r.recipients === 'string' ? (JSON.parse(r.recipients) as string[]) : r.recipients;
    const sides: [string, 'sent' | 'received'][] = [
      ...(r.sender ? [[r.sender, 'sent'] as [string, 'sent']] : []),
      ...recipients.map((h) => [h, 'received'] as [string, 'received']),
    ];
    for (const [handle, direction] of sides)
      for (const platform of r.platform ? [r.platform] : (byHandle.get(handle) ?? []))
        links.push({
          sha256: hit.sha256,
          platform,
          handle,
          direction,
          conversation_id: null,
          message_id: null,
          sent_at: r.sent_at,
          via: 'media_link',
          file_sha256: r.file_sha256,
          line: r.line,
        });
  }
  for await (const m of store.media.attachmentMessages()) {
    for (const ref of m.attachments) {
      const hit = catalog.resolve(ref);
      if (!hit) {
        miss(ref);
        continue;
      }
      const base = {
        sha256: hit.sha256,
        platform: m.platform,
        conversation_id: m.conversation_id,
        message_id: m.message_id,
        sent_at: m.sent_at,
        via: 'attachment' as const,
        file_sha256: m.file_sha256,
        line: m.line,
      };
      links.push({ ...base, handle: m.sender, direction: 'sent' });
      for (const h of m.recipients) links.push({ ...base, handle: h, direction: 'received' });
    }
  }
  await store.media.replaceLinks(links);
  return { links: links.length, unresolved, unresolvedExamples: examples };
}
