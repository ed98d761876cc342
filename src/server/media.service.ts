import { z } from 'zod';
import { VigilError } from '../core/errors.ts';
import type { User } from '../store/users.ts';
import { parseInput } from './parse-input.ts';
import type { Services } from './services.ts';

export const RevealBody = z.object({
  platform: z.string().trim().min(1).max(64),
  message_id: z.string().min(1).max(256),
  attachment: z.string().min(1).max(512),
});

/**
 * Revealing one media item: allowed only to a user who may read the message carrying it, and
 * always logged before anything is shown. The media store does not exist yet, so after logging this
 * answers 404; when it does, return the item's bytes (greyscale-first in the viewer) here.
 */
export async function revealMedia(s: Services, user: User, input: unknown): Promise<never> {
  const p = parseInput(RevealBody, input);
  s.access.require(user, 'media.reveal');
  const object = `media:${p.platform.toLowerCase()}:${p.message_id}:${p.attachment}`;
  const thread = await s.reader.thread(p.platform, p.message_id, 0);
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
  await s.audit.record(user.username, 'media.reveal', object, {});
  throw new VigilError(
    'The reveal was logged, but media are not loaded into this case yet, so there is nothing to show.',
    404,
    'media_unavailable',
  );
}
