import type { SearchOrder } from '../core/search-order.ts';
import { z } from 'zod';
import { VigilError } from '../core/errors.ts';
import { parseTimestamp } from '../bundle/timestamp.ts';
import type { SearchHit, SearchQuery } from '../store/search-types.ts';
import type { User } from '../store/users.ts';
import { parseInput } from './parse-input.ts';
import { highlightSpans, type Span } from './search-highlight.ts';
import type { Services } from './services.ts';

export const SearchParams = z.object({
  q: z.string().trim().min(1, 'give at least one word').max(500),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  platform: z.string().trim().min(1).max(64).optional(),
  account: z.string().trim().min(1).max(256).optional(),
  from: z.string().trim().min(1).max(40).optional(),
  to: z.string().trim().min(1).max(40).optional(),
});

function bound(name: string, text: string | undefined, endOfDay: boolean): number | undefined {
  if (text === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const t = parseTimestamp(dateOnly ? `${text}T${endOfDay ? '23:59:59.999' : '00:00:00'}Z` : text, 'UTC');
  if (!t.ok)
    throw new VigilError(`${name}: "${text}" is not a date (YYYY-MM-DD) or timestamp.`, 400, 'invalid_input');
  return t.ms;
}

export interface SearchResponse {
  readonly total: number;
  readonly total_is_lower_bound: boolean;
  readonly order: SearchOrder;
  readonly hits: readonly (SearchHit & { readonly highlights: readonly Span[] })[];
}

/** Full-text search as `vigil search --json` answers it, with the matched words' spans; audited. */
export async function searchMessages(s: Services, user: User, input: unknown): Promise<SearchResponse> {
  const p = parseInput(SearchParams, input);
  const wanted: SearchQuery = {
    text: p.q,
    limit: p.limit,
    offset: p.offset,
    platform: p.platform,
    account: p.account,
    from: bound('from', p.from, false),
    to: bound('to', p.to, true),
  };
  const filters = { platform: p.platform, account: p.account, from: p.from, to: p.to };
  let query: SearchQuery;
  try {
    query = await s.access.searchQuery(user, wanted);
  } catch (e) {
    await s.audit.record(user.username, 'access.refused', 'search', { query: p.q, filters });
    throw e;
  }
  const result = await s.reader.search(query);
  await s.audit.record(user.username, 'search', 'search', {
    query: p.q,
    filters,
    offset: p.offset,
    total: result.total,
    shown: result.hits.map((h) => `${h.platform}:${h.message_id}`),
  });
  return { ...result, hits: result.hits.map((h) => ({ ...h, highlights: highlightSpans(p.q, h.body) })) };
}
