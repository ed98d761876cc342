import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { VigilError } from '../core/errors.ts';
import type { ProfileMedia } from '../core/media-types.ts';
import type { AccountMedia, MediaAccountLink, StoredMediaFile } from '../store/media.ts';
import type { User } from '../store/users.ts';
import { analysisSnapshot } from './analysis-snapshot.ts';
import { accountKey } from './message-scope.ts';
import { parseInput } from './parse-input.ts';
import { attributedPerson } from './person.service.ts';
import type { Services } from './services.ts';

/** Revealing by content (the profile's media list) or by a message's attachment (the conversation view). */
export const RevealBody = z.union([
  z.object({ sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'a SHA-256 is 64 hex digits') }),
  z.object({
    platform: z.string().trim().min(1).max(64),
    message_id: z.string().min(1).max(256),
    attachment: z.string().min(1).max(512),
  }),
]);

const MAX_PROFILE_MEDIA = 500;

/** Camera, time and place in one short line, from the stored EXIF facts. */
function exifSummary(f: StoredMediaFile | null): string | null {
  const e = f?.exif;
  if (!e) return null;
  const parts = [
    [e.make, e.model].filter((x) => x !== undefined).join(' '),
    e.takenAt ?? e.dateTimeOriginal,
    typeof e.lat === 'number' && typeof e.lon === 'number'
      ? `GPS ${e.lat.toFixed(4)}, ${e.lon.toFixed(4)}`
      : '',
    e.software === undefined ? '' : `software ${String(e.software)}`,
    typeof e.thumbnailDistance === 'number' && e.thumbnailDistance > 31
      ? `thumbnail differs (PDQ distance ${e.thumbnailDistance}): edited after capture`
      : '',
  ].filter((x) => x !== undefined && x !== '');
  return parts.length === 0 ? null : parts.join(' · ');
}

function profileMedia(account: string, m: AccountMedia): ProfileMedia {
  const f = m.file;
  return {
    sha256: m.sha256,
    md5: f?.md5 ?? null,
    pdq: f?.pdq ?? null,
    direction: m.direction,
    via: m.via,
    account,
    counterpart: m.counterpart_handle === '' ? '' : `${m.counterpart_platform}:${m.counterpart_handle}`,
    message_id: m.message_id,
    sent_at: m.sent_at,
    kind: f?.kind ?? null,
    mime: f?.mime ?? null,
    size: f?.size ?? null,
    width: f?.width ?? null,
    height: f?.height ?? null,
    categories: [...new Set(m.matches.filter((x) => !x.known_good).map((x) => x.category ?? x.list))].sort(),
    matched_by: [...new Set(m.matches.filter((x) => !x.known_good).map((x) => x.by))].sort(),
    known_good: m.matches.some((x) => x.known_good),
    stack_id: m.stack_id,
    exif: exifSummary(f),
    error: f?.error_code ?? null,
  };
}

/** The media linked to a person's accounts (listed, newest first), if the user may see the person. */
export async function personMedia(
  s: Services,
  user: User,
  personId: string,
): Promise<{ media: ProfileMedia[]; total: number }> {
  const person = await attributedPerson(s, user, personId, 'person');
  const out: ProfileMedia[] = [];
  for (const a of person.accounts)
    for (const m of await s.store.media.byAccount(a.platform, a.handle))
      out.push(profileMedia(`${a.platform}:${a.handle}`, m));
  out.sort(
    (x, y) =>
      y.categories.length - x.categories.length ||
      (y.sent_at ?? 0) - (x.sent_at ?? 0) ||
      (x.sha256 < y.sha256 ? -1 : 1),
  );
  return { media: out.slice(0, MAX_PROFILE_MEDIA), total: out.length };
}

/**
 * Need-to-know for one media item: staff with the permission may reveal any; a liaison only media
 * linked to an account of a lead attributed to one of their countries.
 */
async function mayReveal(s: Services, user: User, links: readonly MediaAccountLink[]): Promise<boolean> {
  if (user.role !== 'liaison') return true;
  const snap = await analysisSnapshot(s.store);
  return links.some((l) => {
    const p = snap.byAccount.get(accountKey(l.platform, l.handle));
    return p !== undefined && p.lead && p.country !== null && s.access.mayReadAttributed(user, [p.country]);
  });
}

async function refuse(s: Services, user: User, object: string, reason: string): Promise<never> {
  await s.audit.record(user.username, 'access.refused', object, { reason });
  throw new VigilError(
    `This media item is not linked to a lead attributed to your countries (${user.countries.join(', ')}).`,
    403,
    'need_to_know',
  );
}

/** The SHA-256 a message attachment names, through the links the media stage stored. */
async function attachmentSha256(
  s: Services,
  platform: string,
  messageId: string,
): Promise<string | undefined> {
  for await (const l of s.store.media.links())
    if (l.via === 'attachment' && l.message_id === messageId && l.platform === platform) return l.sha256;
  return undefined;
}

export interface RevealedMedia {
  readonly bytes: Buffer;
  readonly mime: string;
  readonly sha256: string;
}

/**
 * Reveals one media item: an explicit request, checked for need-to-know, and logged before any byte
 * is read. The bytes are read from the bundle folder and checked against the stored SHA-256, so a
 * file changed since ingest is never shown as if it were the evidence.
 */
export async function revealMedia(s: Services, user: User, input: unknown): Promise<RevealedMedia> {
  const p = parseInput(RevealBody, input);
  s.access.require(user, 'media.reveal');
  let sha256: string | undefined;
  let object: string;
  if ('sha256' in p) {
    sha256 = p.sha256.toLowerCase();
    object = `media:${sha256}`;
    if (!(await mayReveal(s, user, await s.store.media.linksOf(sha256))))
      return refuse(s, user, object, 'not linked to a lead of the user’s countries');
  } else {
    const platform = p.platform.toLowerCase();
    object = `media:${platform}:${p.message_id}:${p.attachment}`;
    const thread = await s.reader.thread(platform, p.message_id, 0);
    const message = thread?.messages[0];
    if (message === undefined || !message.attachments.includes(p.attachment)) {
      await s.audit.record(user.username, 'access.refused', object, { reason: 'no such attachment' });
      throw new VigilError('There is no such attachment on that message.', 404, 'not_found');
    }
    try {
      await s.access.requireMessage(user, message);
    } catch (e) {
      await s.audit.record(user.username, 'access.refused', object, {});
      throw e;
    }
    sha256 = await attachmentSha256(s, platform, p.message_id);
  }
  await s.audit.record(user.username, 'media.reveal', object, sha256 === undefined ? {} : { sha256 });
  const file = sha256 === undefined ? undefined : (await s.store.media.filesBySha256(sha256))[0];
  if (file === undefined)
    throw new VigilError(
      'The reveal was logged, but that file is not among this case’s media.',
      404,
      'media_unavailable',
    );
  let bytes: Buffer;
  try {
    bytes = await readFile(join(file.root, 'media', file.path));
  } catch {
    throw new VigilError(
      'The reveal was logged, but the file is no longer in its bundle folder.',
      404,
      'media_unavailable',
    );
  }
  if (createHash('sha256').update(bytes).digest('hex') !== file.sha256)
    throw new VigilError(
      'The file in the bundle folder has changed since it was ingested, so it is not shown.',
      409,
      'media_changed',
    );
  return { bytes, mime: file.mime, sha256: file.sha256 };
}
