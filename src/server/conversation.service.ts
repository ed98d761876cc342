import { z } from 'zod';
import { VigilError } from '../core/errors.ts';
import type { User } from '../store/users.ts';
import { parseInput } from './parse-input.ts';
import type { Thread } from './read-model/case-reader.ts';
import type { Services } from './services.ts';

export const ThreadParams = z.object({
  platform: z.string().trim().min(1).max(64),
  messageId: z.string().min(1).max(256),
  around: z.coerce.number().int().min(0).max(200).default(20),
});

const refused = (): VigilError =>
  new VigilError('This conversation is outside what your role may see.', 403, 'need_to_know');

/**
 * The conversation around one message, as far as the user may read it; every message shown is
 * named in the audit log.
 */
export async function conversationAround(s: Services, user: User, input: unknown): Promise<Thread> {
  const p = parseInput(ThreadParams, input);
  s.access.require(user, 'messages.read');
  const scope = await s.access.scope(user);
  const object = `message:${p.platform.toLowerCase()}:${p.messageId}`;
  const thread = await s.reader.thread(p.platform, p.messageId, p.around);
  const anchor = thread?.messages.find((m) => m.message_id === thread.anchor);
  if (thread === null || anchor === undefined) {
    // Out-of-scope users learn nothing, not even whether the message exists.
    if (!scope.all) {
      await s.audit.record(user.username, 'access.refused', object, {});
      throw refused();
    }
    throw new VigilError(`There is no ${p.platform} message ${p.messageId} in this case.`, 404, 'not_found');
  }
  if (!s.access.mayReadMessage(user, scope, anchor)) {
    await s.audit.record(user.username, 'access.refused', object, {});
    throw refused();
  }
  const messages = thread.messages.filter((m) => s.access.mayReadMessage(user, scope, m));
  await s.audit.record(user.username, 'message.view', object, {
    conversation_id: thread.conversation_id,
    around: p.around,
    shown: messages.map((m) => m.message_id),
  });
  return { ...thread, messages };
}
