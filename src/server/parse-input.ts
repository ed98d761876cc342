import type { z } from 'zod';
import { VigilError } from '../core/errors.ts';

/** Validates a request's body or query; a mismatch is a 400 naming the first bad field. */
export function parseInput<T extends z.ZodTypeAny>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data as z.infer<T>;
  const issue = r.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? 'the request' : issue.path.join('.');
  throw new VigilError(`${where}: ${issue?.message ?? 'invalid'}.`, 400, 'invalid_input');
}
