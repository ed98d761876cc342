import { VigilError } from '../core/errors.ts';

/**
 * The search language, parsed into a tree each backend renders in its own full-text syntax.
 * Words, "phrases", AND / OR / NOT (also a leading `-`), `prefix*`, parentheses; words side by side
 * mean AND. A term typed with punctuation (john.smith77@mail.com, +44 7700 900123) is matched as
 * written: it becomes the phrase of its word pieces, and number groups typed apart are kept together.
 */
export type QueryNode =
  | { readonly type: 'term'; readonly words: readonly string[]; readonly prefix: boolean }
  | { readonly type: 'and'; readonly items: readonly QueryNode[] }
  | { readonly type: 'or'; readonly items: readonly QueryNode[] }
  | { readonly type: 'not'; readonly item: QueryNode };

type Token =
  | { t: 'word'; text: string; quoted: boolean }
  | { t: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { t: 'open' }
  | { t: 'close' };

/** Word pieces as the full-text tokenizers see them: runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).map((w) => w.toLowerCase());
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      const end = input.indexOf('"', i + 1);
      if (end === -1) throw new VigilError(`The search has an unclosed quote: ${input}`);
      tokens.push({ t: 'word', text: input.slice(i + 1, end), quoted: true });
      i = end + 1;
    } else if (c === '(') {
      tokens.push({ t: 'open' });
      i++;
    } else if (c === ')') {
      tokens.push({ t: 'close' });
      i++;
    } else {
      let j = i;
      while (j < input.length && !/[\s()"]/.test(input[j]!)) j++;
      const text = input.slice(i, j);
      if (text === 'AND' || text === 'OR' || text === 'NOT') tokens.push({ t: 'op', op: text });
      else if (text.startsWith('-') && text.length > 1 && !/^-\d/.test(text)) {
        tokens.push({ t: 'op', op: 'NOT' }, { t: 'word', text: text.slice(1), quoted: false });
      } else tokens.push({ t: 'word', text, quoted: false });
      i = j;
    }
  }
  return mergeNumberGroups(tokens);
}

const NUMBERISH = /^\+?\(?\d[\d().-]*$/;

/** `+44 7700 900123` typed as three words is one phone number: keep the groups together. */
function mergeNumberGroups(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const tok of tokens) {
    const prev = out.at(-1);
    if (
      tok.t === 'word' &&
      !tok.quoted &&
      NUMBERISH.test(tok.text) &&
      prev?.t === 'word' &&
      !prev.quoted &&
      NUMBERISH.test(prev.text.split(' ').at(-1) ?? '')
    ) {
      prev.text = `${prev.text} ${tok.text}`;
      continue;
    }
    out.push({ ...tok });
  }
  return out;
}

export function parseQuery(input: string): QueryNode {
  const tokens = tokenize(input);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];

  const parseOr = (): QueryNode => {
    const items = [parseAnd()];
    while (peek()?.t === 'op' && (peek() as { op: string }).op === 'OR') {
      pos++;
      items.push(parseAnd());
    }
    return items.length === 1 ? items[0]! : { type: 'or', items };
  };
  const parseAnd = (): QueryNode => {
    const items: QueryNode[] = [];
    for (;;) {
      const tok = peek();
      if (tok === undefined || tok.t === 'close') break;
      if (tok.t === 'op' && tok.op === 'OR') break;
      if (tok.t === 'op' && tok.op === 'AND') {
        pos++;
        continue;
      }
      items.push(parseUnary());
    }
    if (items.length === 0)
      throw new VigilError(`The search "${input}" has an operator with nothing on one side.`);
    return items.length === 1 ? items[0]! : { type: 'and', items };
  };
  const parseUnary = (): QueryNode => {
    const tok = tokens[pos++];
    if (tok === undefined) throw new VigilError(`The search "${input}" ends too early.`);
    if (tok.t === 'op' && tok.op === 'NOT') return { type: 'not', item: parseUnary() };
    if (tok.t === 'open') {
      const inner = parseOr();
      if (tokens[pos++]?.t !== 'close')
        throw new VigilError(`The search "${input}" has an unclosed parenthesis.`);
      return inner;
    }
    if (tok.t === 'word') {
      const prefix = !tok.quoted && tok.text.endsWith('*');
      const words = wordsOf(prefix ? tok.text.slice(0, -1) : tok.text);
      if (words.length === 0)
        throw new VigilError(`The search term "${tok.text}" has no letters or digits to look for.`);
      return { type: 'term', words, prefix };
    }
    throw new VigilError(`The search "${input}" has a misplaced "${tok.t === 'close' ? ')' : tok.op}".`);
  };

  if (tokens.length === 0) throw new VigilError('The search is empty: give at least one word.');
  const tree = parseOr();
  if (pos !== tokens.length) throw new VigilError(`The search "${input}" has a misplaced ")".`);
  return tree;
}
