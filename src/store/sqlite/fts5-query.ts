import { VigilError } from '../../core/errors.ts';
import type { QueryNode } from '../search-query.ts';

/** Renders a parsed query in FTS5's MATCH syntax. FTS5's NOT is binary: `a NOT b`. */
export function toFts5(node: QueryNode): string {
  switch (node.type) {
    case 'term':
      return `"${node.words.join(' ').replace(/"/g, '""')}"${node.prefix ? '*' : ''}`;
    case 'or':
      return `(${node.items.map(toFts5).join(' OR ')})`;
    case 'not':
      throw new VigilError('A search cannot be only a NOT: add a word to look for.');
    case 'and': {
      const pos = node.items.filter((i) => i.type !== 'not').map(toFts5);
      const neg = node.items
        .filter((i) => i.type === 'not')
        .map((i) => toFts5((i as { item: QueryNode }).item));
      if (pos.length === 0) throw new VigilError('A search cannot be only NOTs: add a word to look for.');
      const base = pos.length === 1 ? pos[0]! : `(${pos.join(' AND ')})`;
      return neg.length === 0 ? base : `(${[base, ...neg].join(' NOT ')})`;
    }
  }
}
