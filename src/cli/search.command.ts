import type { Command } from 'commander';
import { VigilError } from '../core/errors.ts';
import { parseTimestamp } from '../bundle/timestamp.ts';
import type { SearchResult } from '../store/search-types.ts';
import { globals, print, printJson, withStore } from './context.ts';

interface SearchOptions {
  limit: string;
  offset?: string;
  platform?: string;
  account?: string;
  from?: string;
  to?: string;
}

function bound(name: string, text: string | undefined, endOfDay: boolean): number | undefined {
  if (text === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const t = parseTimestamp(dateOnly ? `${text}T${endOfDay ? '23:59:59.999' : '00:00:00'}Z` : text, 'UTC');
  if (!t.ok) throw new VigilError(`--${name} ${text} is not a date (YYYY-MM-DD) or timestamp.`);
  return t.ms;
}

function positiveInt(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    throw new VigilError(`--${name} takes a whole number, and "${text}" is not one.`);
  return n;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over message bodies')
    .argument('<query...>', 'words, "phrases", AND/OR/NOT, prefix*')
    .option('--limit <n>', 'hits to show', '20')
    .option('--offset <n>', 'hits to skip')
    .option('--platform <p>', 'only this platform')
    .option('--account <handle>', 'only messages this handle sent or received')
    .option('--from <date>', 'only messages sent at or after this date or time (UTC)')
    .option('--to <date>', 'only messages sent at or before this date or time (UTC)')
    .option('--json', 'print the result as JSON')
    .action(async (words: string[], opts: SearchOptions, cmd: Command) => {
      const result = await withStore(cmd, (store) =>
        store.search({
          text: words.join(' '),
          limit: positiveInt('limit', opts.limit),
          offset: opts.offset === undefined ? 0 : positiveInt('offset', opts.offset),
          platform: opts.platform,
          account: opts.account,
          from: bound('from', opts.from, false),
          to: bound('to', opts.to, true),
        }),
      );
      if (globals(cmd).json === true) return printJson(result);
      const total = `${result.total_is_lower_bound ? 'at least ' : ''}${result.total}`;
      print(`${total} messages match; ${ORDER_TEXT[result.order]}.`);
      for (const h of result.hits) {
        print(`${h.sent_at}  ${h.platform}  ${h.sender} → ${h.recipients.join(', ')}  [${h.message_id}]`);
        print(`  ${h.body}`);
      }
    });
}

const ORDER_TEXT: Record<SearchResult['order'], string> = {
  relevance: 'best matches first',
  newest: 'newest first',
  latest_stored: 'too many to sort by time, most recently ingested first',
};
